using AllianceCompliance.Findings;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Tests.Loading;

/// <summary>The paths of what the YAML reader refuses, which it builds from the containers open at the time.</summary>
public sealed class YamlTreeReaderTests
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
    public void Read_MoreNodesThanTheFirstEstimate_KeepsEveryNodeWithItsTextAndPosition()
    {
        // Two characters a node: eight times denser than the tree's first sizing, so its array grows.
        var items = Enumerable.Range(0, 5_000).Select(i => ((char)('a' + (i % 26))).ToString()).ToArray();
        var errors = new List<Finding>();

        using var tree = YamlTreeReader.Read($"[{string.Join(",", items)}]\n", LoadLimits.Default, errors)!;

        errors.ShouldBeEmpty();
        tree.Kind(0).ShouldBe(YamlKind.Sequence);
        tree.Size(0).ShouldBe(5_000);
        var (read, columns) = (new List<string>(), new List<int>());
        foreach (var node in tree.Items(0))
        {
            read.Add(tree.Text(node));
            columns.Add(tree.Column(node));
        }

        read.ShouldBe(items);
        columns.ShouldBe(Enumerable.Range(0, 5_000).Select(i => 2 + (2 * i)));
    }

    [Test]
    public void Read_Mapping_HoldsKeysAndValuesInTurnWithTheirPositionsAndTextAsParsed()
    {
        var errors = new List<Finding>();

        using var tree = YamlTreeReader.Read("a: \"x\\ty\"\nb:\n  - 1\n  - { c: ~ }\nd: |\n  line\n", LoadLimits.Default, errors)!;

        errors.ShouldBeEmpty();
        tree.Size(0).ShouldBe(3);
        var entries = new List<string>();
        foreach (var key in tree.Keys(0))
        {
            var value = key + 1;
            entries.Add($"{tree.Text(key)}@{tree.Line(key)}:{tree.Column(key)}={tree.Kind(value)}@{tree.Line(value)}:{tree.Column(value)}/{tree.Size(value)}");
        }

        entries.ShouldBe(["a@1:1=Scalar@1:4/0", "b@2:1=Sequence@3:3/2", "d@5:1=Scalar@5:4/0"]);
        tree.Text(2).ShouldBe("x\ty");
        tree.Plain(2).ShouldBeFalse();
        tree.Text(tree.Count - 1).ShouldBe("line\n");
        var inner = tree.Next(5);
        tree.Kind(inner).ShouldBe(YamlKind.Mapping);
        tree.IsNull(inner + 2).ShouldBeTrue();
        tree.Next(inner).ShouldBe(tree.Next(4));
    }

    [Test]
    public void Tree_TextLongerThanItsFirstBuffer_Grows()
    {
        using var tree = YamlTree.Rent(0);
        var values = Enumerable.Range(0, 40).Select(i => new string((char)('a' + (i % 26)), 10 + i)).ToArray();

        var nodes = values.Select(v => tree.AddScalar(v, plain: true, 1, 1)).ToArray();

        nodes.Select(tree.Text).ShouldBe(values);
    }

    [Test]
    public void Load_TwoDocumentsInTurn_TheFirstModelKeepsItsTextAfterTheTreeIsReused()
    {
        var first = Load.Text("format: alliance-agreement/v1\nalliance: { name: First Alliance }\nmembers:\n  - { id: a1, name: Alpha Co }\n");
        var second = Load.Text("format: alliance-agreement/v1\nalliance: { name: Other Words Here }\nmembers:\n  - { id: zz, name: Zeta Ltd }\n");

        first.Document!.Alliance!.Name.ShouldBe("First Alliance");
        first.Document.Members.Single().Id.ShouldBe("a1");
        first.Document.Members.Single().Name.ShouldBe("Alpha Co");
        second.Document!.Members.Single().Name.ShouldBe("Zeta Ltd");
    }
}
