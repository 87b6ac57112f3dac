using AllianceCompliance.Engine;
using AllianceCompliance.Rules.LegalEntities;

namespace AllianceCompliance.Rules.Tests;

/// <summary>The rule set is every compliance rule of the rules assembly, found by a scan of its types.</summary>
public sealed class RuleTypesTests
{
    [Test]
    public void RuleSet_HoldsEveryComplianceRuleOfTheAssembly()
    {
        var ids = typeof(GuidingOpinions).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ComplianceRule)) && !t.IsAbstract)
            .Select(t => ((ComplianceRule)Activator.CreateInstance(t)!).Descriptor.Id)
            .Order(StringComparer.Ordinal);

        GuidingOpinions.RuleSet.Rules.Select(r => r.Id).ShouldBe(ids);
    }

    [Test]
    public void Compile_ByAssembly_ReadsTheClausesForTheReadingRulesToo()
    {
        var rules = RuleSet.Compile("by-assembly", "1", typeof(GuidingOpinions).Assembly);

        var findings = rules.Evaluate(Support.Some.WithIntellectualProperty(p => p! with { Licensing = "待定" }));

        findings.Select(f => f.RuleId).ShouldBe(["AC540"]);
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
        var rule = typeof(TooFewMembers);

        Should.Throw<ArgumentException>(() => RuleSet.Compile("x", "1", [rule, null!])).Message.ShouldContain("A rule type is null");
        Should.Throw<ArgumentException>(() => RuleSet.Compile("x", "1", [rule, rule])).Message.ShouldContain("is named more than once");
    }
}
