using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Resources;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace AllianceCompliance.Reporting;

/// <summary>Whether a finding was in the baseline (<c>--baseline</c>): <c>new</c> or <c>unchanged</c>.</summary>
internal enum BaselineState
{
    New,
    Unchanged,
}

/// <summary>A finding of the baseline, as its JSON report gave it; listed as <c>fixed</c> when the run no longer finds it.</summary>
internal sealed record BaselineFinding(string RuleId, string? Severity, string Message, string Path, int Line, int Column, string Fingerprint)
{
    /// <summary>The language the baseline's messages are in (its report's <c>language</c>); null when it does not say.</summary>
    [JsonIgnore]
    public Language? Language { get; init; }

    /// <summary>The rule, when this run's rule set has it (for its title in the review's language).</summary>
    [JsonIgnore]
    public RuleDescriptor? Rule { get; init; }

    /// <summary>The members, bodies and consortia its message names, as the baseline gave them (none from a report without <c>subjects</c>).</summary>
    [JsonIgnore]
    public ImmutableArray<Subject> Subjects { get; init; } = [];

    /// <summary>
    /// Its message naming its subjects by name alone, as a review does: each subject's name with its
    /// id, as the message gives it, becomes its name. The baseline holds the message's text only, so
    /// its subjects are found in it as this version names them.
    /// </summary>
    public string MessageByName(Language language) =>
        Subjects.Aggregate(Message, (message, subject) =>
        {
            var named = LocalizedText.Of(subject, withName: true);
            return message.Replace(named.In(language), named.In(language, withIds: false), StringComparison.Ordinal);
        });
}

/// <summary>
/// The JSON report of an earlier run (<c>check --baseline PREVIOUS.json</c>): each finding of this run
/// is <c>new</c> or <c>unchanged</c> against it (same document, rule and <see cref="Fingerprint"/>),
/// and the baseline's findings this run no longer has are each document's <c>fixed</c> list.
/// A document is the baseline's document whose path ends in the most of the same folder and file
/// names (so <c>weak.yaml</c>, <c>./weak.yaml</c> and <c>w/weak.yaml</c> are one document, from
/// whichever folder either run was started), when neither has another equally good match; a
/// document with no such match is not in the baseline (<see cref="DocumentReport.BaselinePath"/> null).
/// </summary>
internal sealed class Baseline
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() },
        MaxDepth = 16,
    });

    private readonly ILookup<string, BaselineFinding> byDocument;

    private Baseline(ILookup<string, BaselineFinding> byDocument, IEnumerable<string> documents) =>
        (this.byDocument, Documents) = (byDocument, [.. documents.Distinct(StringComparer.Ordinal)]);

    /// <summary>The paths of the baseline's documents, as its report gave them.</summary>
    public ImmutableArray<string> Documents { get; }

    /// <summary>Reads a baseline; returns null and why (in both languages) when it cannot be read or is not a JSON report.</summary>
    public static Baseline? Read(string path, LoadLimits limits, out LocalizedText? problem)
    {
        ArgumentNullException.ThrowIfNull(limits);
        problem = null;
        try
        {
            using var file = File.OpenRead(path);
            using var buffer = Files.BoundedRead.All(file, limits.MaxBytes);
            if (buffer is null)
            {
                problem = Words.BaselineTooLarge.Format(path, limits.MaxBytes);
                return null;
            }

            buffer.Position = 0;
            using var reader = new JsonTextReader(new StreamReader(buffer));
            var report = Serializer.Deserialize<Report>(reader);
            var language = report?.Language is { } written && WireNames.LanguageNamed(written) is { } known ? known : (Language?)null;
            var findings = report?.Documents?.SelectMany(d => (d.Findings ?? []).Select(f => Of(d, f, language))).ToList();
            if (findings is null || findings.Any(f => f is null) || report!.Documents!.Value.Any(d => d.Path is null))
            {
                problem = Words.BaselineNotAReport.Format(path, Words.BaselineFieldsMissing);
                return null;
            }

            return new Baseline(
                findings.ToLookup(f => f!.Value.Document, f => f!.Value.Finding, StringComparer.Ordinal),
                report!.Documents!.Value.Select(d => d.Path!));
        }
        catch (JsonReaderException e)
        {
            problem = Words.BaselineNotAReport.Format(path, Words.BaselineNotJson.Format(Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1)));
            return null;
        }
        catch (JsonException)
        {
            problem = Words.BaselineNotAReport.Format(path, Words.BaselineFieldsMissing);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = Words.BaselineUnreadable.Format(path, Loading.OsErrors.Describe(e, path));
            return null;
        }
    }

    /// <summary>
    /// The report with each finding marked new or unchanged and each document's fixed findings listed,
    /// each with its rule where <paramref name="rules"/> (the rule set of this run) has it.
    /// </summary>
    public CheckReport Compare(CheckReport report, IEnumerable<RuleDescriptor>? rules = null)
    {
        var byId = (rules ?? []).Concat(LoadErrors.All).DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var matches = Match(report.Documents);
        return new(report.ToolVersion, report.RuleSetId, report.RuleSetVersion, [.. report.Documents.Select((d, i) => Compare(d, matches[i], byId))]);
    }

    private DocumentReport Compare(DocumentReport document, string? baselinePath, Dictionary<string, RuleDescriptor> rules)
    {
        var remaining = baselinePath is null ? [] : byDocument[baselinePath].ToList();
        var findings = document.Findings.Select(finding =>
        {
            var fingerprint = Fingerprint.Of(finding);
            var match = remaining.FindIndex(b => b.RuleId == finding.RuleId && b.Fingerprint == fingerprint);
            if (match < 0)
            {
                return finding with { BaselineState = BaselineState.New };
            }

            remaining.RemoveAt(match);
            return finding with { BaselineState = BaselineState.Unchanged };
        });
        return document with
        {
            Findings = [.. findings],
            Fixed = [.. remaining.Select(f => f with { Rule = rules.GetValueOrDefault(f.RuleId) })],
            BaselinePath = baselinePath,
        };
    }

    /// <summary>
    /// For each document of the run, the path of the baseline's document it is, or null: the pair
    /// whose paths end in the most equal names, when that is the best for both and ties with nothing.
    /// </summary>
    private string?[] Match(IReadOnlyList<DocumentReport> documents)
    {
        var theirs = Documents;
        var theirNames = theirs.Select(b => Names(b, resolve: false)).ToArray();
        var scores = documents.Select(d =>
        {
            var ours = Names(d.Path, resolve: true);
            // The path as typed in both runs beats any other match.
            return theirs.Select((b, j) => b == d.Path ? int.MaxValue : SharedTail(ours, theirNames[j])).ToArray();
        }).ToArray();
        var matches = new string?[documents.Count];
        for (var i = 0; i < documents.Count; i++)
        {
            var best = scores[i].DefaultIfEmpty(0).Max();
            var candidates = Enumerable.Range(0, theirs.Length).Where(j => scores[i][j] == best).ToList();
            if (best == 0 || candidates.Count != 1)
            {
                continue;
            }

            var j = candidates[0];
            if (Enumerable.Range(0, documents.Count).Count(k => scores[k][j] >= best) == 1)
            {
                matches[i] = theirs[j];
            }
        }

        return matches;
    }

    /// <summary>A path's folder and file names, <c>.</c> and <c>..</c> taken away; resolved to the full path when asked.</summary>
    private static string[] Names(string path, bool resolve)
    {
        if (resolve && path != "-")
        {
            try
            {
                path = Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException)
            {
                // Compared as given.
            }
        }

        var names = new List<string>();
        foreach (var name in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (name == ".." && names.Count > 0 && names[^1] != "..")
            {
                names.RemoveAt(names.Count - 1);
            }
            else if (name != ".")
            {
                names.Add(name);
            }
        }

        return [.. names];
    }

    /// <summary>How many names two paths end in alike.</summary>
    private static int SharedTail(string[] ours, string[] theirs)
    {
        var shared = 0;
        while (shared < ours.Length && shared < theirs.Length && ours[^(shared + 1)] == theirs[^(shared + 1)] && theirs[^(shared + 1)] != "..")
        {
            shared++;
        }

        return shared;
    }

    private static (string Document, BaselineFinding Finding)? Of(ReportDocument document, ReportFinding finding, Language? language) =>
        document.Path is null || finding.RuleId is null || finding.Path is null || finding.Message is null
            ? null
            : (document.Path, new BaselineFinding(
                finding.RuleId, finding.Severity, finding.Message, finding.Path, finding.Line, finding.Column,
                finding.Fingerprint ?? Fingerprint.Of(finding.RuleId, finding.Path, finding.Message)) { Language = language, Subjects = finding.Subjects ?? [] });

    private sealed record Report(string? Language, ImmutableArray<ReportDocument>? Documents);

    private sealed record ReportDocument(string? Path, ImmutableArray<ReportFinding>? Findings);

    private sealed record ReportFinding(
        string? RuleId, string? Severity, string? Message, string? Path, int Line, int Column, string? Fingerprint, ImmutableArray<Subject>? Subjects);
}
