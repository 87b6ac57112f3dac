using System.Collections.Immutable;
using System.CommandLine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;

namespace AllianceCompliance.Cli;

/// <summary><c>alliance-check check</c>: checks agreement files and writes the report.</summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Agreement files, directories (searched for *.yaml and *.yml), globs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "The report format.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. ReportWriters.All.Select(w => w.Format)]);
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the report to this file (atomically) instead of standard output." };
        var failOn = new Option<string>("--fail-on") { Description = "The lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var lang = new Option<string>("--lang") { Description = "The language of the report.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "zh-CN");
        var maxBytes = new Option<long>("--max-bytes") { Description = "The largest file accepted, in bytes.", DefaultValueFactory = _ => LoadLimits.Default.MaxBytes };
        var maxDepth = new Option<int>("--max-depth") { Description = "The deepest YAML nesting accepted.", DefaultValueFactory = _ => LoadLimits.Default.MaxDepth };

        var command = new Command("check", "Check agreement files against the Guiding Opinions.")
        {
            inputs, format, output, failOn, lang, maxBytes, maxDepth,
        };
        command.SetAction(parsed =>
        {
            var limits = new LoadLimits { MaxBytes = parsed.GetValue(maxBytes), MaxDepth = parsed.GetValue(maxDepth) };
            var language = parsed.GetValue(lang) == "zh-CN" ? Language.Chinese : Language.English;
            var writer = ReportWriters.Get(parsed.GetValue(format)!);
            var target = parsed.GetValue(output);
            return Execute(terminal, parsed.GetValue(inputs)!, limits, writer, new ReportOptions(language, target is null && writer.Format == "text" && terminal.ColorAllowed), target, parsed.GetValue(failOn)!);
        });
        return command;
    }

    private static int Execute(
        Terminal terminal, string[] inputs, LoadLimits limits, IReportWriter writer, ReportOptions options, FileInfo? target, string failOn)
    {
        var (documents, unmatched) = InputExpander.Expand(inputs);
        foreach (var input in unmatched)
        {
            terminal.Error.WriteLine($"alliance-check: no agreement files match '{input}'.");
        }

        if (documents.Count == 0)
        {
            return ExitCode.Invalid;
        }

        var checker = new AgreementChecker(GuidingOpinions.RuleSet, limits);
        DocumentReport Check(string path) => path == InputExpander.StandardInput
            ? checker.Check(terminal.OpenInput(), path)
            : checker.CheckFile(path);

        // One document needs no parallel query: starting PLINQ's workers is start-up time.
        ImmutableArray<DocumentReport> results = documents.Count == 1
            ? [Check(documents[0])]
            : [.. documents.AsParallel().AsOrdered().Select(Check)];
        var report = new CheckReport(AllianceCheck.Version, checker.Rules.Id, checker.Rules.Version, results);

        if (target is null)
        {
            writer.Write(report, terminal.Out, options);
        }
        else
        {
            AtomicFile.Write(target.FullName, text => writer.Write(report, text, options));
            terminal.Error.WriteLine($"alliance-check: report written to {target.FullName}");
        }

        return Exit(report, failOn, unmatched.Count > 0);
    }

    private static int Exit(CheckReport report, string failOn, bool unmatched)
    {
        if (unmatched || report.Summary.Invalid > 0)
        {
            return ExitCode.Invalid;
        }

        var threshold = failOn switch { "warning" => Severity.Warning, "never" => (Severity?)null, _ => Severity.Error };
        var failing = threshold is { } lowest && report.Documents
            .SelectMany(d => d.Findings)
            .Any(f => !f.Waived && f.Severity >= lowest);
        return failing ? ExitCode.Findings : ExitCode.Success;
    }
}
