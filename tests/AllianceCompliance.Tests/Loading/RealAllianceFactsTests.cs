using AllianceCompliance.Model;

namespace AllianceCompliance.Tests.Loading;

/// <summary>The keys that record the ordinary facts of real alliances, so that no rule mistakes them for defects.</summary>
public sealed class RealAllianceFactsTests
{
    private const string Agreement = """
        format: alliance-agreement/v1
        alliance:
          name: Example Alliance
          legalPerson: { independent: true, creditCode: "51100000500002862F", representative: Zhao Liu, certificate: social-organization-certificate }
        members:
          - id: corp
            name: Example Corp
            kind: enterprise
            legalPerson: { independent: true, creditCode: "914403001922038216", representative: Zhou Qi }
          - id: tum
            name: Example Technical University
            kind: university
            joined: 2014-03-01
            legalPerson: { independent: true, registration: { country: Germany, number: HRB 12345 } }
        agreement:
          signatures:
            - { member: corp, signatory: Zhang San, representativeAtSigning: Zhang San, capacity: legal-representative }
          withdrawal: { fundedProjects: "Council's written opinion, reported for approval" }
          dissolution: { fundedProjects: Adjusted or cancelled on approval }
          forceMajeure: Notice within 15 days
          amendment: { clause: Art. 34, text: By council resolution }
          notices: To the addresses above
        governance:
          externalLiabilityEntity: alliance
        funds:
          managementMeasures: { reportedTo: Ministry of Science and Technology }
          sources:
            - { kind: government-grant, from: Tianjin Science and Technology Bureau, purpose: operating }
        intellectualProperty:
          revenueSharing: { remainder: 10 percent to the alliance development fund, shares: [ { member: corp, percent: 90 } ] }
        """;

    [Test]
    public void Load_EveryNewKey_IsReadWithoutErrors()
    {
        var result = Load.Text(Agreement);

        result.Errors.ShouldBeEmpty();
        var document = result.Document!;
        document.Alliance!.LegalPerson!.Certificate.ShouldBe(CertificateKind.SocialOrganizationCertificate);
        document.Members[1].Joined.ShouldBe(new DateOnly(2014, 3, 1));
        document.Members[1].LegalPerson!.Registration!.Country.ShouldBe("Germany");
        document.Members[1].LegalPerson!.Registration!.Number.ShouldBe("HRB 12345");
        document.Agreement!.Signatures[0].RepresentativeAtSigning.ShouldBe("Zhang San");
        document.Agreement.Withdrawal!.FundedProjects.ShouldBe("Council's written opinion, reported for approval");
        document.Agreement.Dissolution!.FundedProjects.ShouldBe("Adjusted or cancelled on approval");
        document.Agreement.ForceMajeure!.Text.ShouldBe("Notice within 15 days");
        document.Agreement.Amendment!.Clause.ShouldBe("Art. 34");
        document.Agreement.Notices!.Text.ShouldBe("To the addresses above");
        document.Governance!.ExternalLiabilityEntity.ShouldBe(Governance.AllianceItself);
        document.Funds!.ManagementMeasures!.ReportedTo.ShouldBe("Ministry of Science and Technology");
        document.Funds.Sources[0].Purpose.ShouldBe(GrantPurpose.Operating);
        document.IntellectualProperty!.RevenueSharing!.Remainder.ShouldBe("10 percent to the alliance development fund");
    }

    [Test]
    public void Load_MemberWithTheIdAlliance_IsAKnownMember()
    {
        var withMemberCalledAlliance = Agreement.Replace("  - id: tum", "  - id: alliance", StringComparison.Ordinal);

        Load.Text(withMemberCalledAlliance).Errors.ShouldBeEmpty();
    }

    [Test]
    public void Load_OtherUnknownLiableEntity_IsStillAnUnknownMember() =>
        Load.Errors(Agreement.Replace("externalLiabilityEntity: alliance", "externalLiabilityEntity: aliance", StringComparison.Ordinal))
            .ShouldBe(["AC017 24:28 $.governance.externalLiabilityEntity"]);

    [Test]
    public void Load_UnknownGrantPurpose_IsAnUnknownValue() =>
        Load.Errors(Agreement.Replace("purpose: operating", "purpose: running", StringComparison.Ordinal))
            .ShouldHaveSingleItem().ShouldStartWith("AC014");
}
