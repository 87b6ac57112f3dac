using System.Collections;
using System.Globalization;
using System.Reflection;
using AllianceCompliance.Engine;
using AllianceCompliance.Loading;
using AllianceCompliance.Rules;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Which rules make the session keep an entry per member: <c>memories MEMBERS</c> evaluates a generated
/// agreement and lists every alpha and beta memory holding at least half as many entries as there are
/// members, with the rules whose nodes share it, and the size of the session's per-tuple state table.
/// Each such memory grows hash-set and dictionary arrays past the large-object threshold on a large
/// agreement. Reads NRules' internals by reflection: a diagnostic, not an API.
/// </summary>
internal static class Memories
{
    private const BindingFlags Private = BindingFlags.NonPublic | BindingFlags.Instance;

    public static int Run(int members)
    {
        var document = new AgreementLoader().Load(AgreementGenerator.Generate(members)).Document!;
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.PrivateTypes(true).Assembly(typeof(GuidingOpinions).Assembly)
            .Where(t => t.IsSubclassOf(typeof(ComplianceRule)))));
        var session = repository.Compile().CreateSession();
        session.InsertAll(FactSet.Of(document));
        session.Fire();

        var memory = Field(session, "_workingMemory");
        var large = 0;
        foreach (var (map, contents) in new[] { ("_alphaMap", "Facts"), ("_betaMap", "Tuples") })
        {
            foreach (DictionaryEntry entry in (IDictionary)Field(memory, map))
            {
                var value = entry.Value!;
                var count = ((IEnumerable)value.GetType().GetProperty(contents)!.GetValue(value)!).Cast<object>().Count();
                if (count < members / 2)
                {
                    continue;
                }

                large++;
                var info = entry.Key.GetType().GetProperty("NodeInfo")!.GetValue(entry.Key)!;
                var rules = ((IEnumerable)info.GetType().GetProperty("Rules")!.GetValue(info)!).Cast<IRuleDefinition>();
                Console.WriteLine($"{(map == "_alphaMap" ? "alpha" : "beta ")} memory: {count,7} {contents.ToLowerInvariant()}, rules {string.Join(", ", rules.Select(r => r.Name).Distinct())}");
            }
        }

        Console.WriteLine($"{members} members, {((IDictionary)Field(memory, "_factMap")).Count} facts: {large} memories of at least {members / 2} entries; " +
            $"per-tuple state entries {((IDictionary)Field(memory, "_tupleStateMap")).Count}");
        return 0;
    }

    private static object Field(object owner, string name) => owner.GetType().GetField(name, Private)!.GetValue(owner)!;

    public static int Run(string members) => Run(int.Parse(members, CultureInfo.InvariantCulture));
}
