using AllianceCompliance.Model;

namespace AllianceCompliance.Tests.Loading;

public sealed class AgreementLoaderTests
{
    private const string Minimal = """
        format: alliance-agreement/v1
        alliance:
          name: Example Alliance
          leadMember: corp
        members:
          - id: corp
            name: Example Corp
            kind: enterprise
            legalPerson: { independent: true, creditCode: 914403001922038216 }
          - id: uni
            name: Example University
            kind: university
        agreement:
          effectiveFrom: 2012-08-29
          signatures:
            - { member: corp, signatory: Zhang San, sealed: true }
        """;

    [Test]
    public void Load_MinimalAgreement_ReadsEveryValueWithItsPosition()
    {
        var result = Load.Text(Minimal);

        result.Errors.ShouldBeEmpty();
        var document = result.Document!;
        document.Members.Select(m => m.Id).ShouldBe(["corp", "uni"]);
        document.Members[0].Kind.ShouldBe(MemberKind.Enterprise);
        document.Members[1].Location.ShouldBe(new SourceLocation("$.members[1]", 10, 5));
        document.Agreement!.EffectiveFrom.ShouldBe(new DateOnly(2012, 8, 29));
        document.Agreement.Signatures[0].At("sealed").ShouldBe(new SourceLocation("$.agreement.signatures[0].sealed", 16, 53));
    }

    [Test]
    public void Load_UnquotedAllDigitCreditCode_IsReadAsTheTextWritten() =>
        Load.Text(Minimal).Document!.Members[0].LegalPerson!.CreditCode.ShouldBe("914403001922038216");

    [Test]
    public void Load_UnknownKey_NamesTheKeyMeant()
    {
        var result = Load.Text(Minimal.Replace("leadMember: corp", "leadMembr: corp", StringComparison.Ordinal));

        var error = result.Errors.ShouldHaveSingleItem();
        Load.Describe(error).ShouldBe("AC010 4:3 $.alliance.leadMembr");
        error.Message.English.ShouldBe("Unknown key 'leadMembr' (did you mean 'leadMember'?).");
        error.Message.Chinese.ShouldContain("是否应为“leadMember”");
    }

    [Test]
    public void Load_DuplicateKey_PointsAtTheSecondAndNamesTheFirstLine() =>
        Load.Text(Minimal.Replace("  name: Example Alliance\n", "  name: Example Alliance\n  name: Again\n", StringComparison.Ordinal))
            .Errors.ShouldHaveSingleItem().Message.English.ShouldBe("Key 'name' is given more than once in this mapping (first at line 3).");

    [TestCase("kind: enterprise", "kind: [enterprise]", "AC012 8:11 $.members[0].kind")]
    [TestCase("kind: enterprise", "kind: enterprize", "AC014 8:11 $.members[0].kind")]
    [TestCase("effectiveFrom: 2012-08-29", "effectiveFrom: 2012-02-30", "AC015 14:18 $.agreement.effectiveFrom")]
    [TestCase("sealed: true", "sealed: yes", "AC012 16:53 $.agreement.signatures[0].sealed")]
    [TestCase("{ member: corp,", "{ member: crop,", "AC017 16:17 $.agreement.signatures[0].member")]
    [TestCase("    name: Example University\n", "", "AC013 10:5 $.members[1].name")]
    [TestCase("format: alliance-agreement/v1", "format: alliance-agreement/v2", "AC007 1:9 $.format")]
    public void Load_BrokenValue_IsALocatedError(string from, string to, string expected) =>
        Load.Errors(Minimal.Replace(from, to, StringComparison.Ordinal)).ShouldBe([expected]);

    [Test]
    public void Load_UnclosedFlowSequence_IsASyntaxErrorAtTheOpeningBracket() =>
        Load.Errors("members: [\n").ShouldBe(["AC001 1:10 $"]);

    [Test]
    public void Load_Alias_IsRefused() =>
        Load.Errors("format: &f alliance-agreement/v1\nother: *f\n").ShouldBe(["AC005 1:9 $.format"]);

    [Test]
    public void Load_NestingBeyondTheLimit_IsRefusedAtTheLimit() =>
        Load.Errors(new string('[', 100_000), new() { MaxDepth = 10 }).ShouldHaveSingleItem().ShouldStartWith("AC004 1:11");
}
