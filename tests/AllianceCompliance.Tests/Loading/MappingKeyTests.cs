namespace AllianceCompliance.Tests.Loading;

/// <summary>Where the loader reports keys: duplicate, unknown, or not text; in small and in large (indexed) mappings.</summary>
public sealed class MappingKeyTests
{
    // The alliance mapping with many unknown keys, so that it is searched through its index.
    private static readonly string ManyKeys = string.Concat(Enumerable.Range(0, 20).Select(i => $"  extra{i}: {i}\n"));

    [Test]
    public void Load_DuplicateKey_IsReportedAtTheSecondKeyWithTheFirstLine()
    {
        var error = Load.Text("format: alliance-agreement/v1\nalliance:\n  name: A\n  industry: x\n  name: B\n").Errors
            .Single(e => e.RuleId == "AC011");

        Load.Describe(error).ShouldBe("AC011 5:3 $.alliance.name");
        error.Message.English.ShouldContain("first at line 3");
    }

    [Test]
    public void Load_DuplicateKeyInLargeMapping_IsReportedAtTheSecondKeyWithTheFirstLine()
    {
        var errors = Load.Text("format: alliance-agreement/v1\nalliance:\n  name: A\n" + ManyKeys + "  name: B\n").Errors;

        var duplicate = errors.Single(e => e.RuleId == "AC011");
        Load.Describe(duplicate).ShouldBe("AC011 24:3 $.alliance.name");
        duplicate.Message.English.ShouldContain("first at line 3");
        errors.Count(e => e.RuleId == "AC010").ShouldBe(20);
        Load.Describe(errors.First(e => e.RuleId == "AC010")).ShouldBe("AC010 4:3 $.alliance.extra0");
    }

    [Test]
    public void Load_UnknownKeyGivenTwice_IsReportedOnceAtTheFirst()
    {
        var errors = Load.Errors("format: alliance-agreement/v1\nalliance:\n  nam: A\n  nam: B\n");

        errors.ShouldContain("AC010 3:3 $.alliance.nam");
        errors.ShouldNotContain("AC010 4:3 $.alliance.nam");
    }

    [TestCase("format: alliance-agreement/v1\n[a, b]: 1\n", "AC001 2:1 $")]
    [TestCase("format: alliance-agreement/v1\nalliance:\n  ? { a: 1 }\n  : 2\n", "AC001 3:5 $")]
    public void Load_KeyThatIsNotText_IsASyntaxErrorAtTheKey(string yaml, string expected)
    {
        var errors = Load.Text(yaml).Errors;

        errors.Select(Load.Describe).ShouldBe([expected]);
        errors[0].Message.English.ShouldContain("must be plain text");
    }
}
