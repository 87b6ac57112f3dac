using AllianceCompliance.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// `ratios` prints the targets in one run; `phases FILE` is a child process it can start;
// anything else goes to BenchmarkDotNet (e.g. `--filter '*'`).
return args switch
{
    ["ratios", .. var rest] => Ratios.Run(rest),
    ["phases", var file] => StartupPhases.Child(file),
    ["phases", var file, "--jit"] => StartupPhases.Child(file, listJit: true),
    ["loading"] => LoadingPhases.Run(),
    ["check-phases"] => CheckPhases.Run(),
    ["memories", var members] => Memories.Run(members),
    ["loading", "--types"] => LoadingPhases.Run(types: true),
    ["evaluation", var members] => EvaluationPhases.Run(int.Parse(members, System.Globalization.CultureInfo.InvariantCulture)),
    ["generate", var members, var file] => Generate(int.Parse(members, System.Globalization.CultureInfo.InvariantCulture), file),
    _ => Benchmarks(args),
};

static int Benchmarks(string[] args)
{
    // In process: the machine is shared, and a child build per benchmark costs more than it measures.
    var config = DefaultConfig.Instance.AddJob(Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithWarmupCount(3)
        .WithIterationCount(10));
    BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args, config);
    return 0;
}

static int Generate(int members, string file)
{
    File.WriteAllText(file, AgreementGenerator.Generate(members));
    return 0;
}
