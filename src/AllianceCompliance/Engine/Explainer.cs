using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;
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
    private readonly Dictionary<Finding, ImmutableArray<LocalizedText>> evidence = new(ReferenceEqualityComparer.Instance);

    public void Intercept(IContext context, IReadOnlyCollection<IActionInvocation> actions)
    {
        foreach (var action in actions)
        {
            action.Invoke();
        }

        // Values from the agreement are cut like every value in a message (LocalizedText.Format), so reports stay linear.
        ImmutableArray<LocalizedText> facts = [.. context.Match.Facts.SelectMany(f => Describe(f.Value)).Distinct()];
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

    private static IEnumerable<LocalizedText> Describe(object? fact) => fact switch
    {
        null or Finding => [],
        Node node => [Describe(node)],
        Roster roster => [Words.Evidence.Roster.Format(roster.Members.Length)],
        SignaturePage page => [Words.Evidence.SignaturePage.Format(page.Signatures.Length)],
        TaskAllocation tasks => [Words.Evidence.TaskAllocation.Format(tasks.Tasks.Length)],
        ExecutiveBody executive => [Words.Evidence.ExecutiveBody.Format(Describe(executive.Body))],
        IExplainedFact explained => [explained.Explain()],
        IDictionary => [], // a lookup the rule built over the facts, not a part of the agreement
        IEnumerable items and not string when items.Cast<object?>().Any(i => i is Node) => items.Cast<object?>().SelectMany(Describe),
        string or ValueType or LocalizedText or IEnumerable => [Words.Evidence.Value.Format(Value(fact))],
        var other => [Words.Evidence.Value.Format(other.GetType().Name)],
    };

    private static LocalizedText Describe(Node node) =>
        Words.Evidence.Node.Format(Words.Evidence.NameOf(node.GetType()), node.Location.Path, node.Location.Line);

    /// <summary>A matched value as a reviewer reads it: an enum value as it is typed, explained beside it; a list item by item.</summary>
    private static LocalizedText Value(object? value) => value switch
    {
        LocalizedText text => text,
        Node node => Describe(node),
        Enum known when known.GetType().Namespace == typeof(Node).Namespace => Words.Get($"Value.{known.GetType().Name}.{EnumNames.Write(known)}"),
        string text => Same(text),
        IEnumerable items => Join(items.Cast<object?>().Select(Value)),
        IFormattable formattable => Same(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Same(value?.ToString() ?? string.Empty),
    };

    private static LocalizedText Same(string text) => new(text, text);

    private static LocalizedText Join(IEnumerable<LocalizedText> items)
    {
        var all = items.ToList();
        return new(
            string.Join(Words.ValueSeparator.English, all.Select(i => i.English)),
            string.Join(Words.ValueSeparator.Chinese, all.Select(i => i.Chinese)));
    }
}
