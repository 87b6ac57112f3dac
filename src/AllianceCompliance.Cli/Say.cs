using AllianceCompliance.Findings;
using AllianceCompliance.Reporting;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Cli;

/// <summary>Writes the tool's own lines on standard error, from the string table, in the run's language.</summary>
internal static class Say
{
    /// <summary>A line <c>alliance-check: …</c> (<c>alliance-check：…</c>).</summary>
    public static void Tell(this TextWriter error, Language language, LocalizedText format, params object?[] arguments) =>
        error.WriteLine(ReportWords.Say(Words.Cli.Prefix, language, ReportWords.Say(format, language, arguments)));

    /// <summary>A line <c>alliance-check: …</c> with a message already in the run's language (and escaped).</summary>
    public static void Tell(this TextWriter error, Language language, string message) =>
        error.WriteLine(ReportWords.Say(Words.Cli.Prefix, language, message));

    /// <summary>A line of its own, without the tool's name.</summary>
    public static void Line(this TextWriter error, Language language, LocalizedText format, params object?[] arguments) =>
        error.WriteLine(ReportWords.Say(format, language, arguments));
}
