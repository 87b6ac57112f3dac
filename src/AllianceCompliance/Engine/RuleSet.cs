using System.Collections.Immutable;
using System.Reflection;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules;
using NRules.Extensibility;
using NRules.Fluent;

namespace AllianceCompliance.Engine;

/// <summary>
/// A compiled set of <see cref="ComplianceRule"/>s. Compiling is the expensive part, so build one
/// rule set and share it: evaluation is thread-safe, each document gets its own session.
/// </summary>
public sealed class RuleSet
{
    private readonly ISessionFactory factory;
    private readonly ImmutableArray<Func<AgreementDocument, IEnumerable<object>>> derivedFacts;

    private RuleSet(
        string id, string version, ISessionFactory factory, ImmutableArray<RuleDescriptor> rules,
        ImmutableArray<Func<AgreementDocument, IEnumerable<object>>> derivedFacts)
    {
        this.derivedFacts = derivedFacts;
        Id = id;
        Version = version;
        this.factory = factory;
        Rules = rules;
    }

    /// <summary>The rule set's id, such as <c>guiding-opinions-2008</c>.</summary>
    public string Id { get; }

    /// <summary>The rule set's version.</summary>
    public string Version { get; }

    /// <summary>The descriptors of its rules, in id order.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Finds the compliance rules in assemblies and compiles them.</summary>
    /// <param name="id">The rule set's id.</param>
    /// <param name="version">The rule set's version.</param>
    /// <param name="assemblies">The assemblies that hold the rules.</param>
    /// <returns>The compiled rule set.</returns>
    public static RuleSet Compile(string id, string version, params Assembly[] assemblies) =>
        Compile(id, version, new ConditionCompiler(), assemblies);

    /// <summary>Compiles the given compliance rules (naming them spares a scan of their assemblies' types).</summary>
    /// <param name="id">The rule set's id.</param>
    /// <param name="version">The rule set's version.</param>
    /// <param name="ruleTypes">The rules: concrete types derived from <see cref="ComplianceRule"/>.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentException">A type is null, named twice, or not a concrete compliance rule.</exception>
    public static RuleSet Compile(string id, string version, IEnumerable<Type> ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        Type[] types = [.. ruleTypes];
        if (types.Any(t => t is null))
        {
            throw new ArgumentException("A rule type is null.", nameof(ruleTypes));
        }

        if (types.FirstOrDefault(t => t.IsAbstract || !t.IsSubclassOf(typeof(ComplianceRule))) is { } wrong)
        {
            throw new ArgumentException($"{wrong} is not a concrete compliance rule.", nameof(ruleTypes));
        }

        if (types.GroupBy(t => t).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"{twice.Key} is named more than once.", nameof(ruleTypes));
        }

        return Compile(id, version, new ConditionCompiler(), scan => scan.PrivateTypes(true).Type(types));
    }

    /// <summary>Compiles with a chosen expression compiler (the benchmarks compare them).</summary>
    internal static RuleSet Compile(string id, string version, IExpressionCompiler expressions, params Assembly[] assemblies) =>
        Compile(id, version, expressions, scan => scan.PrivateTypes(true).Assembly(assemblies).Where(t => t.IsSubclassOf(typeof(ComplianceRule))));

    private static RuleSet Compile(string id, string version, IExpressionCompiler expressions, Action<IRuleTypeScanner> scan)
    {
        var activator = new DescribingActivator();
        var repository = new RuleRepository(activator);
        repository.Load(spec => spec.From(scan));
        var compiler = new RuleCompiler { ExpressionCompiler = expressions };
        // Findings and model nodes are records; two equal ones are still two facts.
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        var factory = compiler.Compile(repository.GetRuleSets());
        return new RuleSet(
            id, version, factory, [.. activator.Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal)], [.. activator.DerivedFacts.Distinct()]);
    }

    /// <summary>Evaluates an agreement: inserts its facts, fires the rules and reads back the findings.</summary>
    /// <param name="document">The agreement.</param>
    /// <returns>The findings, in file order.</returns>
    public ImmutableArray<Finding> Evaluate(AgreementDocument document) => Evaluate(document, explain: false);

    /// <summary>
    /// Evaluates an agreement and, when asked, records for each finding the facts its rule matched
    /// (<see cref="Finding.Evidence"/>), read from NRules' own match information.
    /// </summary>
    /// <param name="document">The agreement.</param>
    /// <param name="explain">Whether to record the matched facts; recording costs nothing when off.</param>
    /// <returns>The findings, in file order.</returns>
    public ImmutableArray<Finding> Evaluate(AgreementDocument document, bool explain)
    {
        ArgumentNullException.ThrowIfNull(document);
        var session = factory.CreateSession();
        var explainer = explain ? new Explainer() : null;
        session.ActionInterceptor = explainer;
        var facts = FactSet.Of(document);
        foreach (var derive in derivedFacts)
        {
            facts.AddRange(derive(document));
        }

        session.InsertAll(facts);
        session.Fire();
        // AsEnumerable: Query returns an IQueryable, whose operators would build and compile an
        // expression tree on every evaluation (about as long as all the rules took).
        return [.. session.Query<Finding>().AsEnumerable()
            .Distinct()
            .Select(f => explainer?.Explain(f) ?? f)
            .OrderBy(f => f.Location.Line)
            .ThenBy(f => f.Location.Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)];
    }

    private sealed class DescribingActivator : IRuleActivator
    {
        public List<RuleDescriptor> Descriptors { get; } = [];

        public List<Func<AgreementDocument, IEnumerable<object>>> DerivedFacts { get; } = [];

        public IEnumerable<NRules.Fluent.Dsl.Rule> Activate(Type type)
        {
            var rule = (ComplianceRule)Activator.CreateInstance(type)!;
            Descriptors.Add(rule.Descriptor);
            if (rule.DerivedFacts is { } derive)
            {
                DerivedFacts.Add(derive);
            }
            yield return rule;
        }
    }
}
