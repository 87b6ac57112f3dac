using AllianceCompliance.Findings;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Tests.Loading;

/// <summary>The paths of what the YAML reader refuses, which it builds from the containers open at the time.</summary>
public sealed class YamlReaderTests
{
    [TestCase("members:\n  - id: a\n    tags: [x, &a y]\n", "AC005 3:15 $.members[0].tags[1]")]
    [TestCase("members:\n  - id: a\n  - id: b\n    tags: [x, [p, q, &a r]]\n", "AC005 4:22 $.members[1].tags[1][2]")]
    [TestCase("members:\n  - [a, b]\n  - [c, !custom d]\n", "AC005 3:9 $.members[1][1]")]
    [TestCase("a: { b: { c: [1, 2, { d: *x }] } }\n", "AC005 1:26 $.a.b.c[2].d")]
    [TestCase("members:\n  - id: a\n  - &m { id: b }\n", "AC005 3:5 $.members[1]")]
    [TestCase("&root { a: 1 }\n", "AC005 1:1 $")]
    public void Read_RefusedNode_IsReportedAtItsPath(string yaml, string expected) =>
        Load.Errors(yaml).ShouldBe([expected]);

    [TestCase("a: [[x, y], [z, [[deep]]]]\n", 3, "AC004 1:17 $.a[1][1]")]
    [TestCase("a:\n  - b: { c: [1] }\n  - b: { c: [1, [2]] }\n", 4, "AC004 2:13 $.a[0].b.c")]
    [TestCase("a:\n  - b: { c: [1] }\n  - b: { c: [1, [2]] }\n", 5, "AC004 3:17 $.a[1].b.c[1]")]
    public void Read_TooDeep_IsReportedWhereTheLimitIsPassed(string yaml, int maxDepth, string expected) =>
        Load.Errors(yaml, new LoadLimits { MaxDepth = maxDepth }).ShouldBe([expected]);

    [Test]
    public void Read_LongFlowList_KeepsEveryItemWithItsTextAndPosition()
    {
        var items = Enumerable.Range(0, 5_000).Select(i => ((char)('a' + (i % 26))).ToString()).ToArray();
        var errors = new List<Finding>();

        var root = YamlReader.Read($"[{string.Join(",", items)}]\n", LoadLimits.Default, errors);

        errors.ShouldBeEmpty();
        var sequence = root.ShouldBeOfType<YamlSequence>();
        sequence.Items.Cast<YamlScalar>().Select(s => s.Value).ShouldBe(items);
        sequence.Items.Select(s => s.Column).ShouldBe(Enumerable.Range(0, 5_000).Select(i => 2 + (2 * i)));
    }

    [Test]
    public void Read_Mapping_HoldsKeysAndValuesWithTheirPositionsAndTextAsParsed()
    {
        var errors = new List<Finding>();

        var root = YamlReader.Read("a: \"x\\ty\"\nb:\n  - 1\n  - { c: ~ }\nd: |\n  line\n", LoadLimits.Default, errors);

        errors.ShouldBeEmpty();
        var entries = root.ShouldBeOfType<YamlMapping>().Entries;
        entries.Select(e => $"{e.Key.Value}@{e.Key.Line}:{e.Key.Column}={e.Value.GetType().Name}@{e.Value.Line}:{e.Value.Column}")
            .ShouldBe(["a@1:1=YamlScalar@1:4", "b@2:1=YamlSequence@3:3", "d@5:1=YamlScalar@5:4"]);
        var quoted = entries[0].Value.ShouldBeOfType<YamlScalar>();
        quoted.Value.ShouldBe("x\ty");
        quoted.Plain.ShouldBeFalse();
        entries[2].Value.ShouldBeOfType<YamlScalar>().Value.ShouldBe("line\n");
        var inner = entries[1].Value.ShouldBeOfType<YamlSequence>().Items[1].ShouldBeOfType<YamlMapping>();
        inner.Entries.Single().Value.ShouldBeOfType<YamlScalar>().IsNull.ShouldBeTrue();
    }

    [Test]
    public void Load_TwoDocumentsInTurn_EachModelKeepsItsOwnText()
    {
        var first = Load.Text("format: alliance-agreement/v1\nalliance: { name: First Alliance }\nmembers:\n  - { id: a1, name: Alpha Co }\n");
        var second = Load.Text("format: alliance-agreement/v1\nalliance: { name: Other Words Here }\nmembers:\n  - { id: zz, name: Zeta Ltd }\n");

        first.Document!.Alliance!.Name.ShouldBe("First Alliance");
        first.Document.Members.Single().Id.ShouldBe("a1");
        first.Document.Members.Single().Name.ShouldBe("Alpha Co");
        second.Document!.Members.Single().Name.ShouldBe("Zeta Ltd");
    }
}
