using AllianceCompliance.Engine;

namespace AllianceCompliance.Rules.Tests;

/// <summary>The rule set names its rules (a scan of the assembly's types is start-up time); the list must not miss one.</summary>
public sealed class RuleTypesTests
{
    [Test]
    public void RuleTypes_AreEveryComplianceRuleInTheAssembly_OnceEach()
    {
        var scanned = typeof(GuidingOpinions).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ComplianceRule)) && !t.IsAbstract)
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal);

        GuidingOpinions.RuleTypes.Select(t => t.FullName).Order(StringComparer.Ordinal).ShouldBe(scanned);
    }

    [Test]
    public void RuleSet_HoldsTheRulesOfTheList()
    {
        var ids = GuidingOpinions.RuleTypes.Select(t => ((ComplianceRule)Activator.CreateInstance(t)!).Descriptor.Id).Order(StringComparer.Ordinal);

        GuidingOpinions.RuleSet.Rules.Select(r => r.Id).ShouldBe(ids);
    }

    [Test]
    public void Compile_TypeThatIsNotARule_IsRefused()
    {
        var refused = Should.Throw<ArgumentException>(() => RuleSet.Compile("x", "1", [typeof(string)]));

        refused.Message.ShouldContain("System.String is not a concrete compliance rule");
    }

    [Test]
    public void Compile_NullOrTwiceNamedType_IsRefused()
    {
        var rule = GuidingOpinions.RuleTypes[0];

        Should.Throw<ArgumentException>(() => RuleSet.Compile("x", "1", [rule, null!])).Message.ShouldContain("A rule type is null");
        Should.Throw<ArgumentException>(() => RuleSet.Compile("x", "1", [rule, rule])).Message.ShouldContain("is named more than once");
    }
}
