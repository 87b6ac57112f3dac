using System.Collections.Immutable;
using System.Security.Cryptography;
using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Model;
using AllianceCompliance.Reporting;
using AllianceCompliance.Resources;
using AllianceCompliance.Waivers;

namespace AllianceCompliance;

/// <summary>
/// Checks agreement files against a rule set: loads each strictly, evaluates the rules and
/// assesses the result. Thread-safe; share one checker across threads.
/// </summary>
public sealed class AgreementChecker
{
    private readonly AgreementLoader loader;
    private readonly Task<RuleSet> rules;
    private HashSet<string>? ruleIds;

    /// <summary>A checker applying a compiled rule set.</summary>
    /// <param name="rules">The compiled rule set.</param>
    /// <param name="limits">The size and nesting limits; <see cref="LoadLimits.Default"/> when null.</param>
    public AgreementChecker(RuleSet rules, LoadLimits? limits = null)
        : this(Task.FromResult(rules ?? throw new ArgumentNullException(nameof(rules))), limits)
    {
    }

    /// <summary>
    /// A checker whose rule set may still be compiling: a document is read and loaded meanwhile, and
    /// waits for the rule set only to be evaluated (the tool's cold start: compiling and loading are
    /// each about a third of it, and overlap on a second core).
    /// </summary>
    internal AgreementChecker(Task<RuleSet> rules, LoadLimits? limits = null)
    {
        this.rules = rules;
        loader = new(limits);
    }

    /// <summary>The rule set this checker applies.</summary>
    public RuleSet Rules => rules.GetAwaiter().GetResult();

    /// <summary>The ids of the rule set's rules (what an inline waiver may name).</summary>
    private HashSet<string> RuleIds => ruleIds ??= Rules.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether to record, for each finding, the facts its rule matched (<see cref="Finding.Evidence"/>).</summary>
    public bool Explain { get; init; }

    /// <summary>Whether each document's report keeps the text that was read (for the HTML report's quotes).</summary>
    internal bool KeepText { get; init; }

    /// <summary>The waivers to apply to the findings of each document; none when null.</summary>
    public WaiverFile? Waivers { get; init; }

    /// <summary>
    /// Whether waivers written in the agreement as comments (<c># alliance-check: waive AC110 until
    /// 2027-06-30: why</c>) apply; when false, each is reported (AC024) and waives nothing. True by default.
    /// </summary>
    public bool InlineWaivers { get; init; } = true;

    /// <summary>The clock that decides whether a waiver has expired; the system clock unless replaced (in tests).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Checks a file. Only a regular file is opened: a directory, FIFO, device or socket is
    /// reported as unreadable without being opened (opening a FIFO blocks, a device can be endless).
    /// A file that cannot be read is reported, not thrown.
    /// </summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The document's result.</returns>
    public DocumentReport CheckFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (NotReadable(path) is { } reason)
        {
            return Unreadable(path, reason);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            return Check(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Unreadable(path, OsErrors.Describe(e, path));
        }
    }

    /// <summary>Checks a document read from a stream, such as standard input; reads at most the size limit.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="path">The name to report the document under.</param>
    /// <returns>The document's result.</returns>
    public DocumentReport Check(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var max = loader.Limits.MaxBytes;
        using var buffer = Files.BoundedRead.All(stream, max);
        if (buffer is null)
        {
            return Refused(path, stream.CanSeek
                ? LoadErrors.TooLarge.At(SourceLocation.Root, null, stream.Length, max)
                : LoadErrors.TooLarge.At(SourceLocation.Root, null, LoadErrors.Over(max), max));
        }

        return Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), path);
    }

    /// <summary>Checks a document from its bytes.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="path">The name to report the document under.</param>
    /// <returns>The document's result.</returns>
    public DocumentReport Check(ReadOnlySpan<byte> content, string path)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        return Assess(path, sha, loader.Load(content));
    }

    /// <summary>Checks a document given as YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The name to report the document under.</param>
    /// <returns>The document's result.</returns>
    public DocumentReport CheckText(string yaml, string path = "-")
    {
        ArgumentNullException.ThrowIfNull(yaml);
        return Assess(path, Utf8Sha256(yaml), loader.Load(yaml));
    }

    /// <summary>
    /// The SHA-256 of the text's UTF-8 bytes, encoded a few kilobytes at a time: a large agreement's
    /// bytes are never all in memory at once (a 10,000-member agreement's would be 10 MB on the large object heap).
    /// </summary>
    private static string Utf8Sha256(string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var encoder = System.Text.Encoding.UTF8.GetEncoder();
        Span<byte> bytes = stackalloc byte[4096];
        var rest = text.AsSpan();
        bool completed;
        do
        {
            encoder.Convert(rest, bytes, flush: true, out var used, out var written, out completed);
            hash.AppendData(bytes[..written]);
            rest = rest[used..];
        }
        while (!completed);

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private DocumentReport Assess(string path, string? sha, LoadResult loaded)
    {
        var document = loaded.Document;
        var assessed = loaded.IsValid;
        var findings = loaded.Errors;
        if (assessed)
        {
            try
            {
                findings = Waive(Rules.Evaluate(document!, Explain), path, loaded.Text);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One document's failure must not stop a batch; it is reported for that document.
                findings = [LoadErrors.EvaluationFailed.At(SourceLocation.Root, null, e.InnerException?.Message ?? e.Message)];
                assessed = false;
            }
        }

        return new DocumentReport(
            path,
            sha,
            document?.Alliance?.Name,
            Assessment.Verdict(findings, assessed),
            Assessment.Conditions(findings, assessed, document?.Application is not null),
            findings) { Text = KeepText ? loaded.Text : null };
    }

    /// <summary>The findings with the agreement's own inline waivers applied, then those of the waivers file.</summary>
    private ImmutableArray<Finding> Waive(ImmutableArray<Finding> findings, string path, string? text)
    {
        var today = DateOnly.FromDateTime(Time.GetLocalNow().DateTime);
        if (text is not null)
        {
            findings = AllianceCompliance.Waivers.InlineWaivers.Apply(findings, text, RuleIds, today, InlineWaivers);
        }

        return Waivers is null ? findings : Waivers.Apply(findings, path, today);
    }

    /// <summary>Why a path is not to be opened as a file to read (not a regular file, or a name the system gave that .NET cannot open); null when it may be opened.</summary>
    internal static LocalizedText? NotReadable(string path)
    {
        var node = Files.FileNode.Of(path);
        return node.Kind switch
        {
            Files.FileKind.Regular => null,
            Files.FileKind.Missing when node.Problem is { } problem => LoadErrors.CannotLookAt(problem),
            Files.FileKind.Missing when path.Contains('\uFFFD', StringComparison.Ordinal) => LoadErrors.NameNotUtf8,
            Files.FileKind.Missing => null,
            var kind => LoadErrors.NotARegularFile(kind),
        };
    }

    internal static DocumentReport Unreadable(string path, LocalizedText reason) =>
        Refused(path, LoadErrors.Unreadable.At(SourceLocation.Root, null, reason));

    private static DocumentReport Refused(string path, Finding error) =>
        new(path, null, null, Verdict.Invalid, Assessment.Conditions([error], false, false), [error]);
}
