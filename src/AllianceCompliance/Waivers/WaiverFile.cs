using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Reporting;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Waivers;

/// <summary>
/// A waivers file: decisions already taken to accept findings. Each entry names a rule, optionally
/// a document (path or glob) and a YAML path, and gives a justification and an expiry date. A
/// waived finding stays in the report, marked, and counts towards no verdict.
/// </summary>
public sealed class WaiverFile
{
    private WaiverFile(string path, ImmutableArray<Waiver> waivers, ImmutableArray<Finding> errors)
    {
        Path = path;
        Waivers = waivers;
        Errors = errors;
    }

    /// <summary>The file's path as given.</summary>
    public string Path { get; }

    /// <summary>The folder the file is in, from which a waiver's relative <c>document</c> also names a file.</summary>
    private string? Folder => FolderOf(Path);

    /// <summary>The valid waivers, in file order.</summary>
    public ImmutableArray<Waiver> Waivers { get; }

    /// <summary>Why the file is not valid, each located in it; empty when it is.</summary>
    public ImmutableArray<Finding> Errors { get; }

    /// <summary>Whether the file was read without error; an invalid file should stop the run.</summary>
    public bool IsValid => Errors.IsEmpty;

    /// <summary>
    /// Reads a waivers file as strictly as an agreement: only a regular file is opened, no more
    /// than the size limit is read, the text is strictly decoded and its nesting limited.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <param name="ruleIds">The rule ids a waiver may name.</param>
    /// <param name="limits">The size and nesting limits; <see cref="LoadLimits.Default"/> when null.</param>
    /// <returns>The waivers, or the errors that make the file invalid (also when it cannot be read).</returns>
    public static WaiverFile Read(string path, IEnumerable<string> ruleIds, LoadLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= LoadLimits.Default;
        WaiverFile Refused(Finding error) => new(path, [], [error]);
        if (AgreementChecker.NotReadable(path) is { } reason)
        {
            return Refused(LoadErrors.Unreadable.At(SourceLocation.Root, null, reason));
        }

        var errors = new List<Finding>();
        string? text;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var buffer = Files.BoundedRead.All(stream, limits.MaxBytes);
            if (buffer is null)
            {
                return Refused(LoadErrors.TooLarge.At(SourceLocation.Root, null, stream.Length, limits.MaxBytes));
            }

            text = TextDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Refused(LoadErrors.Unreadable.At(SourceLocation.Root, null, OsErrors.Describe(e, path)));
        }

        return text is null ? new(path, [], [.. errors]) : Parse(text, path, ruleIds, limits);
    }

    /// <summary>Reads waivers from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The name to report the file under.</param>
    /// <param name="ruleIds">The rule ids a waiver may name.</param>
    /// <returns>The waivers, or the errors that make the text invalid.</returns>
    public static WaiverFile Parse(string yaml, string path, IEnumerable<string> ruleIds) => Parse(yaml, path, ruleIds, LoadLimits.Default);

    private static WaiverFile Parse(string yaml, string path, IEnumerable<string> ruleIds, LoadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<Finding>();
        if (yaml.Length > limits.MaxBytes)
        {
            return new(path, [], [LoadErrors.TooLarge.At(SourceLocation.Root, null, yaml.Length, limits.MaxBytes)]);
        }

        var waivers = WaiverReader.Read(yaml, ruleIds.ToHashSet(StringComparer.Ordinal), errors, limits);
        return new(path, errors.Count == 0 ? waivers : [], [.. errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column)]);
    }

    /// <summary>Marks the findings of a document that an unexpired waiver covers as waived.</summary>
    /// <param name="findings">The document's findings.</param>
    /// <param name="documentPath">The document's path as given.</param>
    /// <param name="today">The day to judge expiry by.</param>
    /// <returns>The findings, the covered ones carrying their waiver.</returns>
    public ImmutableArray<Finding> Apply(ImmutableArray<Finding> findings, string documentPath, DateOnly today)
    {
        var applicable = Waivers.Where(w => !w.IsExpiredOn(today) && DocumentPattern.Matches(w.Document, documentPath, Folder)).ToList();
        return applicable.Count == 0
            ? findings
            : [.. findings.Select(f => f.Waiver is null && applicable.FirstOrDefault(w => w.Covers(f)) is { } waiver ? f with { Waiver = waiver } : f)];
    }

    /// <summary>
    /// The findings about the waivers themselves after a run: every expired waiver, and every
    /// unexpired waiver for a checked document that accepted no finding.
    /// </summary>
    /// <param name="documents">The documents checked in the run, waivers applied.</param>
    /// <param name="today">The day to judge expiry by.</param>
    /// <returns>A report of the waivers file with those findings, or null when there are none.</returns>
    public DocumentReport? Audit(IReadOnlyCollection<DocumentReport> documents, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var used = documents.SelectMany(d => d.Findings).Select(f => f.Waiver).OfType<Waiver>().ToHashSet();
        var findings = new List<Finding>();
        foreach (var waiver in Waivers)
        {
            if (waiver.IsExpiredOn(today))
            {
                findings.Add(WaiverRules.Expired.At(waiver.Location, null, Describe(waiver), waiver.Expires!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (!used.Contains(waiver) && documents.Any(d => DocumentPattern.Matches(waiver.Document, d.Path, Folder)))
            {
                findings.Add(WaiverRules.Unused.At(waiver.Location, null, Describe(waiver)));
            }
        }

        return findings.Count == 0
            ? null
            : new DocumentReport(Path, null, null, Assessment.Verdict(findings, true), Assessment.Conditions(findings, false, false), [.. findings]) { IsWaivers = true };
    }

    private static string? FolderOf(string path)
    {
        try
        {
            return System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        }
        catch (Exception e) when (e is ArgumentException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>A waiver as messages name it: its rule, and where given its document and path.</summary>
    private static LocalizedText Describe(Waiver waiver)
    {
        var described = new LocalizedText(waiver.RuleId, waiver.RuleId);
        described = waiver.Document is null ? described : Words.WaiverInDocument.Format(described, waiver.Document);
        return waiver.Path is null ? described : Words.WaiverAtPath.Format(described, waiver.Path);
    }
}
