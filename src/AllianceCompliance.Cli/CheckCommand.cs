using System.Collections.Immutable;
using System.CommandLine;
using AllianceCompliance.Cli.Docx;
using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;
using AllianceCompliance.Resources;
using AllianceCompliance.Rules;
using AllianceCompliance.Waivers;

namespace AllianceCompliance.Cli;

/// <summary><c>alliance-check check</c>: checks agreement files and writes the report.</summary>
internal static class CheckCommand
{
    /// <summary>The review memo's format: a Word document (<see cref="MemoWriter"/>), binary, so never written to a terminal.</summary>
    public const string MemoFormat = "docx";

    public static Command Create(Terminal terminal, CliSyntax syntax)
    {
        // The rule set starts compiling on another core as soon as the command is built (that is, when
        // it is the command run, or all of them are for help): the command line is parsed, the inputs
        // found and the first file read and loaded meanwhile, and evaluation waits for it. Compiling
        // and loading are each about a third of a cold check.
        var rules = Task.Run(() => GuidingOpinions.RuleSet);
        var help = syntax.Language;
        var inputs = new Argument<string[]>("inputs")
        {
            Description = Words.Cli.CheckInputs.In(help),
            HelpName = Words.Cli.NameInputs.In(help),
            Arity = ArgumentArity.OneOrMore,
        };
        var format = syntax.OneOf(
            new Option<string>("--format", "-f") { Description = Words.Cli.CheckFormat.In(help), DefaultValueFactory = _ => "text" },
            [.. ReportWriters.All.Select(w => w.Format), MemoFormat]);
        var output = syntax.Valued(new Option<string?>("--output", "-o") { Description = Words.Cli.CheckOutput.In(help), HelpName = Words.Cli.NameFile.In(help) });
        var failOn = syntax.OneOf(
            new Option<string>("--fail-on") { Description = Words.Cli.CheckFailOn.In(help), DefaultValueFactory = _ => "error" },
            ["error", "warning", "new", "never"]);
        var lang = syntax.OneOf(new Option<string?>("--lang") { Description = Words.Cli.CheckLang.In(help) }, Locale.Names);
        var maxBytes = syntax.WholeNumber(
            new Option<long>("--max-bytes") { Description = Words.Cli.CheckMaxBytes.In(help), HelpName = Words.Cli.NameBytes.In(help), DefaultValueFactory = _ => LoadLimits.Default.MaxBytes },
            bytes => bytes < 0 ? CliWords.NotNegative("--max-bytes") : null);
        var maxDepth = syntax.WholeNumber(
            new Option<int>("--max-depth")
            {
                Description = ReportWords.Say(Words.Cli.CheckMaxDepth, help, LoadLimits.MaxDepthCap),
                HelpName = Words.Cli.NameLevels.In(help),
                DefaultValueFactory = _ => LoadLimits.Default.MaxDepth,
            },
            depth => depth < 0 ? CliWords.NotNegative("--max-depth") : depth > LoadLimits.MaxDepthCap ? CliWords.DepthCap(LoadLimits.MaxDepthCap) : null);
        var waivers = syntax.Valued(new Option<string?>("--waivers") { Description = Words.Cli.CheckWaivers.In(help), HelpName = Words.Cli.NameFile.In(help) });
        var baseline = syntax.Valued(new Option<string?>("--baseline") { Description = Words.Cli.CheckBaseline.In(help), HelpName = Words.Cli.NameFile.In(help) });
        var noInlineWaivers = new Option<bool>("--no-inline-waivers") { Description = Words.Cli.CheckNoInlineWaivers.In(help) };
        var explain = new Option<bool>("--explain") { Description = Words.Cli.CheckExplain.In(help) };

        var command = new Command("check", Words.Cli.Check.In(help))
        {
            inputs, format, output, failOn, lang, maxBytes, maxDepth, waivers, noInlineWaivers, baseline, explain,
        };
        syntax.Require(command, inputs, Words.Cli.MissingInputs);
        command.SetAction(parsed =>
        {
            var run = new Run(
                terminal,
                parsed.GetValue(inputs)!,
                parsed.GetValue(format) is MemoFormat ? null : ReportWriters.Get(parsed.GetValue(format)!),
                StandardOutputAsNull(parsed.GetValue(output)),
                parsed.GetValue(waivers),
                new LoadLimits { MaxBytes = parsed.GetValue(maxBytes), MaxDepth = parsed.GetValue(maxDepth) },
                syntax.LanguageOf(parsed.GetValue(lang)),
                parsed.GetValue(explain),
                parsed.GetValue(failOn)!,
                parsed.GetValue(baseline),
                !parsed.GetValue(noInlineWaivers));
            return Execute(run, rules);
        });
        return command;
    }

    /// <summary>One run of the command; a null <paramref name="Writer"/> is the review memo (<c>--format docx</c>).</summary>
    private sealed record Run(
        Terminal Terminal, string[] Inputs, IReportWriter? Writer, string? Output, string? Waivers, LoadLimits Limits, Language Language, bool Explain, string FailOn, string? Baseline, bool InlineWaivers);

    /// <summary>"-" names standard output, as it names standard input among the inputs.</summary>
    private static string? StandardOutputAsNull(string? output) => output == InputExpander.StandardInput ? null : output;

    private static int Execute(Run run, Task<RuleSet> rules)
    {
        var terminal = run.Terminal;
        var language = run.Language;
        void Say(string message) => terminal.Error.Tell(language, message);

        // Nothing is read before the run is known to be safe: standard input once, and no report over an input.
        if (run.Inputs.Count(i => i == InputExpander.StandardInput) > 1)
        {
            Say(CliWords.StandardInputTwice.In(language));
            return ExitCode.Invalid;
        }

        // Only the text and JSON reports carry the evidence --explain gathers: say so rather than ignore it.
        if (run.Explain && run.Writer?.Format is not ("text" or "json"))
        {
            Say(Words.Cli.ExplainNotInFormat.Format(run.Writer?.Format ?? MemoFormat).In(language));
        }

        // New findings are told from old ones only against a baseline.
        if (run.FailOn == "new" && run.Baseline is null)
        {
            Say(Words.Cli.FailOnNewNeedsBaseline.In(language));
            return ExitCode.Invalid;
        }

        // A Word document is bytes a terminal cannot show.
        if (run.Writer is null && run.Output is null && !terminal.OutRedirected)
        {
            Say(CliWords.MemoNeedsOutput.In(language));
            return ExitCode.Invalid;
        }

        var (documents, unmatched, problems, notAgreements) = InputExpander.Expand(run.Inputs, run.Waivers, run.Baseline);
        foreach (var missing in unmatched)
        {
            Say(ReportWords.Say(Words.Cli.NoMatch, language, Printable.Text(missing)));
        }

        foreach (var (named, other) in notAgreements)
        {
            Say(ReportWords.Say(other == run.Waivers ? Words.Cli.InputIsWaivers : Words.Cli.InputIsBaseline, language, Printable.Text(named)));
        }

        if (documents.Count == 0)
        {
            return ExitCode.Invalid;
        }

        string[] otherInputs = [.. new[] { run.Waivers, run.Baseline }.OfType<string>()];
        if (run.Output is { } output && Overwrites(output, [.. documents, .. otherInputs]) is { } input)
        {
            Say(CliWords.OutputIsInput(Printable.Text(Path.GetFullPath(output)), Printable.Text(input)).In(language));
            return ExitCode.Invalid;
        }

        ReportFile? target = null;
        try
        {
            if (run.Output is { } named)
            {
                target = ReportFile.Open(named, terminal, out var refused);
                if (target is null)
                {
                    Say(Printable.Text(refused!.In(language)));
                    return ExitCode.Invalid;
                }
            }

            var checker = Checker(terminal, language, run, rules, keepText: run.Writer is null || run.Writer.Format == "html");
            if (checker is null)
            {
                return ExitCode.Invalid;
            }

            Baseline? previous = null;
            if (run.Baseline is { } baselinePath && (previous = Baseline.Read(baselinePath, run.Limits, out var unreadable)) is null)
            {
                Say(Printable.Text(unreadable!.In(language)));
                return ExitCode.Invalid;
            }

            var toTerminal = target is null || target.StandardStream == terminal.Out;
            var options = new ReportOptions(run.Language, toTerminal && run.Writer?.Format == "text" && terminal.ColorAllowed)
            {
                SourceText = d => d.Text,
                CheckedAt = terminal.Time.GetLocalNow(),
            };
            var report = Check(terminal, language, checker, documents, problems);
            if (previous is not null)
            {
                report = previous.Compare(report, GuidingOpinions.RuleSet.Rules);
                foreach (var absent in report.Documents.Where(d => d.NotInBaseline && !d.IsWaivers))
                {
                    // A few of the baseline's documents, not all: a batch against a large baseline says this once per document.
                    var held = string.Join(Words.ValueSeparator.In(language), previous.Documents.Take(3).Select(Printable.Text))
                        + (previous.Documents.Length > 3 ? "…" : string.Empty);
                    terminal.Error.Tell(language, Words.Cli.NotInBaseline, Printable.Text(absent.Path), Printable.Text(run.Baseline!), held);
                }
            }

            if (!Write(terminal, run.Writer, report, options, target))
            {
                return ExitCode.Invalid;
            }

            return Exit(report, run.FailOn, unmatched.Count > 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && run.Output is not null && target is null)
        {
            Say(Printable.Text(CliWords.CannotWrite(Path.GetFullPath(run.Output), OsErrors.Describe(e, run.Output)).In(language)));
            return ExitCode.Invalid;
        }
        finally
        {
            target?.Dispose();
        }
    }

    /// <summary>The input (or waivers file) that the report would overwrite: the same file by identity, or by full path.</summary>
    private static string? Overwrites(string output, IEnumerable<string> inputs)
    {
        var full = Path.GetFullPath(output);
        var node = Files.FileNode.Of(full);
        return inputs.FirstOrDefault(input => input != InputExpander.StandardInput
            && (node.SameFileAs(Files.FileNode.Of(input)) || string.Equals(Path.GetFullPath(input), full, StringComparison.Ordinal)));
    }

    private static CheckReport Check(Terminal terminal, Language language, AgreementChecker checker, List<string> documents, Dictionary<string, LocalizedText> problems)
    {
        DocumentReport Check(string path) => path == InputExpander.StandardInput
            ? checker.Check(terminal.OpenInput(), path)
            : problems.TryGetValue(path, out var problem) ? AgreementChecker.Unreadable(path, problem) : checker.CheckFile(path);

        ImmutableArray<DocumentReport> results;
        using (var progress = Progress.For(terminal, documents.Count, Words.Cli.Checking.In(language)))
        {
            // One document needs no parallel query: starting PLINQ's workers (and loading PLINQ) is start-up time.
            results = documents.Count == 1
                ? [progress.Step(Check(documents[0]))]
                : CheckInParallel(documents, path => progress.Step(Check(path)));
        }

        results = WaiverAudit.Append(terminal, language, checker, results);
        return new CheckReport(AllianceCheck.Version, checker.Rules.Id, checker.Rules.Version, results);
    }

    private static bool Write(Terminal terminal, IReportWriter? writer, CheckReport report, ReportOptions options, ReportFile? target)
    {
        if (target is null || target.StandardStream is not null)
        {
            if (writer is not null)
            {
                var stream = target?.StandardStream ?? terminal.Out;
                writer.Write(report, stream, options);
                stream.Flush();
                return true;
            }

            // The review memo is bytes: to standard output only when it is redirected.
            if (target?.StandardStream is { } own && own != terminal.Out || !terminal.OutRedirected)
            {
                terminal.Error.Tell(options.Language, CliWords.MemoNeedsOutput.In(options.Language));
                return false;
            }

            using var output = terminal.OpenOutput();
            MemoWriter.Write(report, output, options);
            return true;
        }

        try
        {
            if (writer is null)
            {
                target.Write((Stream bytes) => MemoWriter.Write(report, bytes, options));
            }
            else
            {
                target.Write((TextWriter text) => writer.Write(report, text, options));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            terminal.Error.Tell(options.Language, Printable.Text(CliWords.CannotWrite(target.Shown, OsErrors.Describe(e, target.Shown)).In(options.Language)));
            return false;
        }

        terminal.Error.Tell(options.Language, Printable.Text(CliWords.Written(target.Shown).In(options.Language)));
        return true;
    }

    private static ImmutableArray<DocumentReport> CheckInParallel(IReadOnlyList<string> documents, Func<string, DocumentReport> check) =>
        [.. documents.AsParallel().AsOrdered().Select(check)];

    /// <summary>The checker for the run; null (after reporting why on standard error) when the waivers file is invalid.</summary>
    private static AgreementChecker? Checker(Terminal terminal, Language language, Run run, Task<RuleSet> rules, bool keepText)
    {
        var (limits, waiversPath) = (run.Limits, run.Waivers);
        if (waiversPath is null)
        {
            return new AgreementChecker(rules, limits) { Explain = run.Explain, Time = terminal.Time, KeepText = keepText, InlineWaivers = run.InlineWaivers };
        }

        var waivers = WaiverFile.Read(waiversPath, rules.GetAwaiter().GetResult().Rules.Select(r => r.Id), limits);
        if (waivers is { IsValid: false })
        {
            foreach (var error in waivers.Errors)
            {
                terminal.Error.WriteLine($"{Printable.Text(waivers.Path)}:{error.Location.Line}:{error.Location.Column}: {ReportWords.Of(error.Severity, language)} {error.RuleId} {Printable.Text(error.Message.In(language))}");
            }

            terminal.Error.Tell(language, Words.Cli.WaiversInvalid, Printable.Text(waivers.Path));
            return null;
        }

        return new AgreementChecker(rules, limits) { Waivers = waivers, Explain = run.Explain, Time = terminal.Time, KeepText = keepText, InlineWaivers = run.InlineWaivers };
    }

    private static int Exit(CheckReport report, string failOn, bool unmatched)
    {
        if (unmatched || report.Summary.Invalid > 0)
        {
            return ExitCode.Invalid;
        }

        // Without a baseline every finding is new.
        var threshold = failOn switch { "warning" => Severity.Warning, "never" => (Severity?)null, _ => Severity.Error };
        var failing = threshold is { } lowest && report.Documents
            .SelectMany(d => d.Findings)
            .Any(f => !f.Waived && f.Severity >= lowest && (failOn != "new" || f.BaselineState != BaselineState.Unchanged));
        return failing ? ExitCode.Findings : ExitCode.Success;
    }
}
