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
}
