using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Extensibility;
using NRules.RuleModel;

namespace AllianceCompliance.Engine;

/// <summary>
/// Records, for each finding a rule yields, the facts of the match that fired it. It wraps the
/// rules' actions, so it sees NRules' own match (<see cref="IContext.Match"/>) and the findings
/// the action linked to that activation; the rules themselves stay unchanged.
/// </summary>
internal sealed class Explainer : IActionInterceptor
{
    private readonly Dictionary<Finding, ImmutableArray<string>> evidence = new(ReferenceEqualityComparer.Instance);

    public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
    {
        foreach (var action in actions)
        {
            action.Invoke();
        }

        // A fact may be a value from the agreement: cut like every value in a message, so reports stay linear.
        ImmutableArray<string> facts = [.. context.Match.Facts.SelectMany(Describe).Select(LocalizedText.Shorten).Distinct(StringComparer.Ordinal)];
        foreach (var key in context.GetLinkedKeys())
        {
            if (context.GetLinked(key) is Finding finding)
            {
                evidence[finding] = facts;
            }
        }
    }

    /// <summary>The finding with the facts its rule matched.</summary>
    public Finding Explain(Finding finding) =>
        evidence.TryGetValue(finding, out var facts) ? finding with { Evidence = facts } : finding;

    private static IEnumerable<string> Describe(IFactMatch match) => match.Value switch
    {
        null => [],
        Node node => [Describe(node)],
        Roster roster => [Count("Roster", roster.Members.Length, "member")],
        SignaturePage page => [Count("Signature page", page.Signatures.Length, "signature")],
        TaskAllocation tasks => [Count("Task allocation", tasks.Tasks.Length, "task")],
        ExecutiveBody executive => ["Executive body: " + Describe(executive.Body)],
        LocalizedText text => [string.Create(CultureInfo.InvariantCulture, $"{match.Declaration.Name} = {text.English}")],
        Finding => [],
        IExplainedFact explained => [explained.Explain()],
        string or ValueType => [string.Create(CultureInfo.InvariantCulture, $"{match.Declaration.Name} = {match.Value}")],
        IDictionary => [], // a lookup the rule built over the facts, not a part of the agreement
        IEnumerable items => items.Cast<object>().Select(i => i is Node n ? Describe(n) : i.GetType().Name),
        var other => [other.GetType().Name],
    };

    private static string Describe(Node node) =>
        string.Create(CultureInfo.InvariantCulture, $"{node.GetType().Name} {node.Location.Path} (line {node.Location.Line})");

    private static string Count(string what, int count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} ({count} {unit}{(count == 1 ? string.Empty : "s")})");
}
