namespace AllianceCompliance.Rules.Tests;

public sealed class NormalisedTests
{
    [TestCase("Example  University.", "EXAMPLE UNIVERSITY")]
    [TestCase("张 三", "张三")]
    [TestCase("Zhang-San", "zhang san")]
    public void Of_SpellingsOfOneName_AreEqual(string a, string b) => Normalised.Of(a).ShouldBe(Normalised.Of(b));

    [Test]
    public void Of_DifferentNames_Differ() => Normalised.Of("Zhang San").ShouldNotBe(Normalised.Of("Zhang Shan"));

    [TestCase(null)]
    [TestCase(" \t")]
    public void Of_NoText_IsNull(string? text) => Normalised.Of(text).ShouldBeNull();
}
