using AllianceCompliance.Model;
using AllianceCompliance.Tests.Loading;

namespace AllianceCompliance.Tests.Model;

public sealed class SourceLocationTests
{
    private const string Agreement = """
        format: alliance-agreement/v1
        members:
          - id: corp
            legalPerson: { independent: true, creditCode: 914403001922038216 }
        """;

    private static Member Corp => Load.Text(Agreement).Document!.Members[0];

    [Test]
    public void Equals_LoadedLocationAndOneWrittenOut_AreEqualWithTheSameHash()
    {
        var loaded = Corp.LegalPerson!.At("creditCode");
        var written = new SourceLocation("$.members[0].legalPerson.creditCode", 4, 51);

        loaded.ShouldBe(written);
        written.ShouldBe(loaded);
        loaded.GetHashCode().ShouldBe(written.GetHashCode());
        loaded.ToString().ShouldBe("$.members[0].legalPerson.creditCode (4:51)");
    }

    [Test]
    public void Equals_SamePathAtAnotherPosition_IsNotEqual() =>
        Corp.At("id").ShouldNotBe(new SourceLocation("$.members[0].id", 3, 1));

    [Test]
    public void With_LoadedLocation_KeepsItsPathUnlessReplaced()
    {
        var loaded = Corp.At("id");

        (loaded with { Line = 1 }).ShouldBe(new SourceLocation("$.members[0].id", 1, 9));
        (loaded with { Path = "$.x" }).ShouldBe(new SourceLocation("$.x", 3, 9));
    }

    [Test]
    public void At_MissingFieldOfLoadedNode_NamesTheFieldAtTheNode()
    {
        var member = Corp;

        member.At("address").ShouldBe(new SourceLocation("$.members[0].address", member.Location.Line, member.Location.Column));
        member.At("address").Path.ShouldBe("$.members[0].address");
    }

    [Test]
    public void Deconstruct_LoadedLocation_GivesPathLineAndColumn()
    {
        var (path, line, column) = Corp.At("id");

        (path, line, column).ShouldBe(("$.members[0].id", 3, 9));
    }
}
