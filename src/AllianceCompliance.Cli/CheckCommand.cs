using System.Collections.Immutable;
using System.CommandLine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Rules;
using AllianceCompliance.Waivers;

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
        var waivers = new Option<string?>("--waivers") { Description = "A YAML file of waivers: findings already accepted, with a justification and an expiry date." };
        var explain = new Option<bool>("--explain") { Description = "Show, for each finding, the facts its rule matched." };

        var command = new Command("check", "Check agreement files against the Guiding Opinions.")
        {
            inputs, format, output, failOn, lang, maxBytes, maxDepth, waivers, explain,
        };
        command.SetAction(parsed =>
        {
            var limits = new LoadLimits { MaxBytes = parsed.GetValue(maxBytes), MaxDepth = parsed.GetValue(maxDepth) };
            var language = parsed.GetValue(lang) == "zh-CN" ? Language.Chinese : Language.English;
            var writer = ReportWriters.Get(parsed.GetValue(format)!);
            var target = parsed.GetValue(output);
            var checker = Checker(terminal, limits, parsed.GetValue(waivers), parsed.GetValue(explain));
            if (checker is null)
            {
                return ExitCode.Invalid;
            }

            return Execute(terminal, parsed.GetValue(inputs)!, checker, writer, new ReportOptions(language, target is null && writer.Format == "text" && terminal.ColorAllowed) { SourceText = SourceFiles.Read }, target, parsed.GetValue(failOn)!);
        });
        return command;
    }

    private static int Execute(
        Terminal terminal, string[] inputs, AgreementChecker checker, IReportWriter writer, ReportOptions options, FileInfo? target, string failOn)
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

        DocumentReport Check(string path) => path == InputExpander.StandardInput
            ? checker.Check(terminal.OpenInput(), path)
            : checker.CheckFile(path);

        ImmutableArray<DocumentReport> results;
        using (var progress = Progress.For(terminal, documents.Count))
        {
            // One document needs no parallel query: starting PLINQ's workers (and loading PLINQ) is start-up time.
            results = documents.Count == 1
                ? [progress.Step(Check(documents[0]))]
                : CheckInParallel(documents, path => progress.Step(Check(path)));
        }

        results = WaiverAudit.Append(terminal, checker, results);
        var report = new CheckReport(AllianceCheck.Version, checker.Rules.Id, checker.Rules.Version, results);

        if (target is null)
        {
            writer.Write(report, terminal.Out, options);
        }
        else
        {
            try
            {
                AtomicFile.Write(target.FullName, text => writer.Write(report, text, options));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"alliance-check: cannot write the report to {target.FullName}: {e.Message}");
                return ExitCode.Invalid;
            }

            terminal.Error.WriteLine($"alliance-check: report written to {target.FullName}");
        }

        return Exit(report, failOn, unmatched.Count > 0);
    }

    private static ImmutableArray<DocumentReport> CheckInParallel(IReadOnlyList<string> documents, Func<string, DocumentReport> check) =>
        [.. documents.AsParallel().AsOrdered().Select(check)];

    /// <summary>The checker for the run; null (after reporting why on standard error) when the waivers file is invalid.</summary>
    private static AgreementChecker? Checker(Terminal terminal, LoadLimits limits, string? waiversPath, bool explain)
    {
        if (waiversPath is null)
        {
            // The rule set is needed once the first document is loaded (Program starts compiling it).
            return new AgreementChecker(() => GuidingOpinions.RuleSet, limits) { Explain = explain, Time = terminal.Time };
        }

        var rules = GuidingOpinions.RuleSet;
        var waivers = WaiverFile.Read(waiversPath, rules.Rules.Select(r => r.Id));
        if (waivers is { IsValid: false })
        {
            foreach (var error in waivers.Errors)
            {
                terminal.Error.WriteLine($"{waivers.Path}:{error.Location.Line}:{error.Location.Column}: error {error.RuleId} {error.Message.English}");
            }

            terminal.Error.WriteLine($"alliance-check: the waivers file '{waivers.Path}' is not valid; nothing was checked.");
            return null;
        }

        return new AgreementChecker(rules, limits) { Waivers = waivers, Explain = explain, Time = terminal.Time };
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
