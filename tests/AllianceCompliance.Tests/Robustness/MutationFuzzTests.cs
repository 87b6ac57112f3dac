using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace AllianceCompliance.Tests.Robustness;

/// <summary>
/// Mutation fuzzing in every run: the sample agreements, mutated, through loader and engine with
/// one shared rule set. No mutant may throw, and every finding must point inside its file. Set
/// <c>ALLIANCE_FUZZ_SEED</c> to explore other mutants; a failure prints the seed and mutant to replay.
/// </summary>
public sealed class MutationFuzzTests
{
    private const int Mutants = 10_000;
    private const int DefaultSeed = 20080770;

    [Test]
    public void Check_TenThousandMutantsOfTheSamples_NeverThrowAndLocateEveryFinding()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("ALLIANCE_FUZZ_SEED"), CultureInfo.InvariantCulture, out var chosen)
            ? chosen
            : DefaultSeed;
        var samples = Repository.SampleAgreements().Select(File.ReadAllText).ToArray();
        var failures = new ConcurrentQueue<string>();
        var verdicts = new ConcurrentDictionary<AllianceCompliance.Findings.Verdict, int>();
        TestContext.Out.WriteLine($"Mutation fuzzing: seed {seed}, {Mutants} mutants of {samples.Length} agreement(s).");

        var finished = Parallel.For(0, Mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, (index, state) =>
        {
            var random = new Random(HashCode.Combine(seed, index));
            var mutator = new Mutator(random);
            var sample = random.Next(samples.Length);
            var bytes = mutator.Mutate(samples[sample]);
            try
            {
                var report = Agreements.Checker.Check(bytes, "mutant.yaml");
                var lines = YamlLineCount(bytes);
                verdicts.AddOrUpdate(report.Verdict, 1, (_, n) => n + 1);
                foreach (var finding in report.Findings.Where(f => f.Location.Line < 1 || f.Location.Line > lines + 1 || f.Location.Column < 1))
                {
                    failures.Enqueue($"{Replay(seed, index, sample, mutator)}: {finding.RuleId} at {finding.Location} is outside the file's {lines} line(s)");
                }
            }
            catch (Exception e)
            {
                failures.Enqueue($"{Replay(seed, index, sample, mutator)}: {e}");
            }

            if (failures.Count >= 20)
            {
                state.Stop();
            }
        });

        TestContext.Out.WriteLine(string.Join(", ", verdicts.OrderBy(v => v.Key).Select(v => $"{v.Key}: {v.Value}")));
        failures.ShouldBeEmpty($"seed {seed}:\n{string.Join("\n\n", failures.Take(10))}");
        finished.IsCompleted.ShouldBeTrue();
    }

    [Test]
    public void Mutate_SameSeed_GivesTheSameMutant()
    {
        var first = new Mutator(new Random(7)).Mutate(Agreements.Compliant);

        var second = new Mutator(new Random(7)).Mutate(Agreements.Compliant);

        second.ShouldBe(first);
        first.ShouldNotBe(Encoding.UTF8.GetBytes(Agreements.Compliant));
    }

    private static string Replay(int seed, int index, int sample, Mutator mutator) =>
        $"seed {seed}, mutant {index} of sample {sample} ({string.Join("; ", mutator.Applied)})";

    /// <summary>Lines as YAML counts them: a line ends at LF, CR LF, a lone CR, NEL, LS or PS.</summary>
    private static int YamlLineCount(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = 1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\n' or '\u0085' or '\u2028' or '\u2029' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return lines;
    }
}
