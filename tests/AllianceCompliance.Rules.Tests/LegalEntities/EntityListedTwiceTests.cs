using AllianceCompliance.Model;
using AllianceCompliance.Rules.Tests.Support;

namespace AllianceCompliance.Rules.Tests.LegalEntities;

public sealed class EntityListedTwiceTests
{
    [Test]
    public void Evaluate_SameCreditCodeTwice_FiresOnTheSecondListing()
    {
        var document = Some.WithMembers(m => m.Add(m[0] with { Index = 2, Id = "lighthouse-branch", Name = "Lighthouse Coatings" }));

        var finding = document.ShouldFire("AC109")[0];

        finding.Message.English.ShouldContain("Lighthouse Coatings ('lighthouse-branch') is the same legal entity as member Tianjin Lighthouse Coating Group Co., Ltd. ('lighthouse')");
    }

    [TestCase("AC205")]
    [TestCase("AC208")]
    [TestCase("AC802")]
    public void Evaluate_SameEntityTwice_TheSecondListingIsNotAlsoReportedAsUnsignedWithoutTaskOrCertificate(string cascade)
    {
        var document = Some.WithMembers(m => m.Add(m[0] with { Index = 2, Id = "lighthouse-branch", Name = "Lighthouse Coatings" }));

        document.ShouldFire("AC109");
        document.ShouldNotFire(cascade);
    }

    [Test]
    public void Evaluate_SameNameDifferentPunctuation_Fires() =>
        Some.WithMembers(m => m.Add(m[1] with { Index = 2, Id = "uni2", Name = "Example  University.", LegalPerson = null })).ShouldFire("AC109");

    [Test]
    public void Evaluate_DistinctMembers_DoesNotFire() => Some.Agreement().ShouldNotFire("AC109");
}
