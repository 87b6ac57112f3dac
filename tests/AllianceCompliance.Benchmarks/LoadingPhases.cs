using System.Diagnostics;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Benchmarks;

/// <summary>Where loading's time goes as agreements grow (YAML tree, model, references), per member: <c>loading</c>.</summary>
internal static class LoadingPhases
{
    public static int Run(bool types = false)
    {
        using var sampler = types ? new AllocationSampler() : null;
        var sizes = new[] { 1_000, 2_000, 5_000, 10_000 }.ToDictionary(m => m, m => AgreementGenerator.Generate(m));
        // Warm (to optimized code, as ratios does) before timing: cold, the first size paid for the JIT.
        var loader = new AgreementLoader();
        for (var i = 0; i < 40; i++)
        {
            loader.Load(sizes[1_000]);
        }

        loader.Load(sizes[10_000]);
        sampler?.Start();
        foreach (var (members, yaml) in sizes)
        {
            double tree = 0, model = 0, references = 0;
            long treeBytes = 0, modelBytes = 0;
            const int runs = 5;
            var gen2 = GC.CollectionCount(2);
            for (var i = 0; i < runs; i++)
            {
                GC.Collect();
                var errors = new List<Finding>();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var root = YamlReader.Read(yaml, LoadLimits.Default, errors)!;
                tree += watch.Elapsed.TotalMilliseconds;
                treeBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                bytes = GC.GetAllocatedBytesForCurrentThread();
                watch.Restart();
                var reader = MappingReader.Open(errors, root, "$")!;
                var document = reader.Finish(AgreementReader.Document(reader));
                model += watch.Elapsed.TotalMilliseconds;
                modelBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
                watch.Restart();
                ReferenceChecker.Check(document, errors);
                references += watch.Elapsed.TotalMilliseconds;
            }

            var (treeLive, modelLive) = Retained(yaml);
            Console.WriteLine($"{members,6} members: retained per member: YAML tree {treeLive / members / 1024.0:F2} KB, model {modelLive / members / 1024.0:F2} KB");
            Console.WriteLine($"{members,6} members: YAML tree {tree / runs / members * 1000,6:F1} us/member, model {model / runs / members * 1000,6:F1}, " +
                $"references {references / runs / members * 1000,5:F1}; allocated per member: YAML tree {treeBytes / runs / members / 1024.0:F1} KB, model {modelBytes / runs / members / 1024.0:F1} KB; gen2 collections per load {(GC.CollectionCount(2) - gen2 - runs) / (double)runs:F1}");
        }

        foreach (var (type, share) in sampler?.Top(25) ?? [])
        {
            Console.WriteLine($"{share,6:P1}  {type}");
        }

        return 0;
    }

    /// <summary>
    /// What stays reachable (and so is copied by each collection while loading goes on): the YAML tree
    /// once read, the model once bound.
    /// </summary>
    private static (long Tree, long Model) Retained(string yaml)
    {
        var errors = new List<Finding>();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        YamlNode? root = YamlReader.Read(yaml, LoadLimits.Default, errors)!;
        var tree = GC.GetTotalMemory(forceFullCollection: true) - before;
        MappingReader? reader = MappingReader.Open(errors, root, "$")!;
        var document = reader.Finish(AgreementReader.Document(reader));
        root = null;
        reader = null;
        var model = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(document);
        return (tree, model);
    }
}
