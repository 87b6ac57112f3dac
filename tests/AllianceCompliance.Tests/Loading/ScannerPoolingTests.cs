using System.Text;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Tests.Loading;

/// <summary>
/// Loading on several threads at once scales only if YamlDotNet's scanner does not share its
/// string builders between them (see <see cref="ScannerPooling"/>, and the batch target in the
/// benchmarks' README).
/// </summary>
public sealed class ScannerPoolingTests
{
    [Test]
    public void Loading_GivesYamlDotNetsScannerAPerThreadBuilderCache()
    {
        // Fails when a YamlDotNet upgrade moves or renames the pool: then look again at what the
        // scanner shares between threads before accepting the upgrade.
        Load.Errors("alliance: { name: x }\n");

        ScannerPooling.PerThread.ShouldBeTrue();
    }

    [Test]
    public void Scalars_OfEveryStyle_ReadTheSameWithPerThreadBuilders()
    {
        // Plain, quoted and block scalars each rent builders, from the per-thread cache.
        var yaml = "a: plain text\nb: \"double \\\"quoted\\\"\"\nc: 'single ''quoted'''\nd: |\n  line one\n  line two\ne: >\n  folded\n  text\n";

        var values = new Dictionary<string, string>();
        var parser = new YamlDotNet.Core.Parser(new StringReader(yaml));
        _ = ScannerPooling.PerThread;
        string? key = null;
        while (parser.MoveNext())
        {
            if (parser.Current is YamlDotNet.Core.Events.Scalar scalar)
            {
                if (key is null)
                {
                    key = scalar.Value;
                }
                else
                {
                    values[key] = scalar.Value;
                    key = null;
                }
            }
        }

        values.ShouldBe(new Dictionary<string, string>
        {
            ["a"] = "plain text",
            ["b"] = "double \"quoted\"",
            ["c"] = "single 'quoted'",
            ["d"] = "line one\nline two\n",
            ["e"] = "folded text\n",
        });
    }
}
