using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.BindingAgreement;

/// <summary>
/// A placeholder for the legal representative or the signatory (待定, TBD, 无) names no one: it is
/// reported as a name not written down (AC114, AC215, warnings), never compared with the other name
/// as if it were a person's (so two placeholders do not make a signature by the representative, and a
/// placeholder is not an error of AC209 or AC211).
/// </summary>
public sealed class NamePlaceholderTests
{
    private const string Representative = "representative: Zhang San";
    private const string Signatory = "signatory: Zhang San";

    [TestCase("待定")]
    [TestCase("TBD")]
    [TestCase("××")]
    public void Evaluate_RepresentativeAndSignatoryBothPlaceholders_AreNotTakenForTheSamePerson(string placeholder)
    {
        var document = Yaml.With((Representative, "representative: " + placeholder), (Signatory, "signatory: " + placeholder));

        document.ShouldWarn("AC114").Location.Path.ShouldBe("$.members[0].legalPerson.representative");
        document.ShouldWarn("AC215").Location.Path.ShouldBe("$.agreement.signatures[0].signatory");
    }

    [Test]
    public void Evaluate_RepresentativePlaceholder_IsAGapInRecordingNotAnotherSignatory()
    {
        var document = Yaml.With((Representative, "representative: 待定"));

        document.ShouldWarn("AC114");
        document.ShouldNotFire("AC209");
    }

    [Test]
    public void Evaluate_SignatoryPlaceholder_IsAGapInRecordingNotAnotherSignatory()
    {
        var document = Yaml.With((Signatory, "signatory: 待定"));

        document.ShouldWarn("AC215");
        document.ShouldNotFire("AC209");
        document.ShouldNotFire("AC230");
    }

    [Test]
    public void Evaluate_GrantorAgainstAPlaceholderRepresentative_IsNotAnError()
    {
        var document = Yaml.With(("representative: Li Si", "representative: 待定"));

        document.ShouldWarn("AC114").Location.Path.ShouldBe("$.members[1].legalPerson.representative");
        document.ShouldNotFire("AC211");
        document.ShouldNotFire("AC230");
    }

    [Test]
    public void Evaluate_AnotherPersonSigningAsRepresentative_IsStillAnError() =>
        Yaml.With((Signatory, "signatory: Wang Wu")).ShouldFire("AC209")[0].Severity.ShouldBe(Severity.Error);

    [TestCase("张某")]
    [TestCase("Li Na")]
    [TestCase("王待")]
    public void Evaluate_RealNames_AreNotPlaceholders(string name)
    {
        var document = Yaml.With((Representative, "representative: " + name), (Signatory, "signatory: " + name));

        document.ShouldNotFire("AC114");
        document.ShouldNotFire("AC215");
        document.ShouldNotFire("AC209");
    }
}
