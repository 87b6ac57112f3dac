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

    [TestCase(3)]
    [TestCase(40)]
    public void At_ListItem_IsTheItemsLocation_InShortAndLongLists(int count)
    {
        // A long list's parent finds its items through an index, a short one's by a linear search.
        var members = string.Concat(Enumerable.Range(0, count).Select(i => $"  - {{ id: m{i}, name: M{i} }}\n"));
        var document = Load.Text($"format: alliance-agreement/v1\nmembers:\n{members}").Document!;
        var last = count - 1;

        document.At($"members[{last}]").ShouldBe(new SourceLocation($"$.members[{last}]", 3 + last, 5));
        document.At($"members[{last}]").ShouldBe(document.Members[last].Location);
        document.At("members").ShouldBe(new SourceLocation("$.members", 3, 3));
        document.FieldLocations.ContainsKey($"members[{count}]").ShouldBeFalse();
        document.FieldLocations.ContainsKey("members[01]").ShouldBeFalse();
        document.FieldLocations.ContainsKey("members[x]").ShouldBeFalse();
        document.FieldLocations.Count.ShouldBe(count + 2);
        document.FieldLocations.Keys.ShouldBe(["format", "members", .. Enumerable.Range(0, count).Select(i => $"members[{i}]")], ignoreOrder: true);
        document.FieldLocations.ShouldAllBe(pair => pair.Value == document.At(pair.Key));
    }
}
