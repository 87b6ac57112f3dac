using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Cli;

/// <summary>The command line's own messages on standard error, from the string tables (values in them are escaped by the caller).</summary>
internal static class CliWords
{
    public static LocalizedText OutputIsDirectory(string path) => Words.Cli.OutputIsDirectory.Format(path);

    public static LocalizedText OutputIsDevice(string path) => Words.Cli.OutputIsDevice.Format(path);

    public static LocalizedText OutputIsInput(string path, string input) => Words.Cli.OutputIsInput.Format(path, input);

    public static LocalizedText CannotWrite(string path, LocalizedText reason) => Words.Cli.CannotWrite.Format(path, reason);

    public static LocalizedText Written(string path) => Words.Cli.ReportWritten.Format(path);

    public static LocalizedText CatalogueWritten(string path) => Words.Cli.CatalogueWritten.Format(path);

    public static LocalizedText CannotWriteStandardOutput(LocalizedText reason) => Words.Cli.CannotWriteStandardOutput.Format(reason);

    public static LocalizedText StandardInputTwice => Words.Cli.StandardInputTwice;

    public static LocalizedText AttachedOutput(string token) => Words.Cli.AttachedOutput.Format(token);

    public static LocalizedText MemoNeedsOutput => Words.Cli.MemoNeedsOutput;

    public static LocalizedText OutputIsDraft(string path, string input) => Words.Cli.OutputIsDraft.Format(path, input);

    public static LocalizedText AgreementNotChecked(string path) => Words.Cli.AgreementNotChecked.Format(path);

    public static LocalizedText CannotReadDraft(string path, LocalizedText reason) => Words.Cli.CannotReadDraft.Format(path, reason);

    public static LocalizedText NotARegularFile => Words.Cli.NotARegularFile;

    public static LocalizedText NotAWordDocument(string path, LocalizedText reason) => Words.Cli.NotAWordDocument.Format(path, reason);

    public static LocalizedText ReviewedDraftNeedsFile => Words.Cli.ReviewedDraftNeedsFile;

    public static LocalizedText DraftAnnotated(string path, int onArticles, int inSummary) => Words.Cli.DraftAnnotated.Format(path, onArticles, inSummary);

    public static LocalizedText UnknownOption(string token) => Words.Cli.UnknownOption.Format(token);

    public static LocalizedText NotNegative(string option) => Words.Cli.NotNegative.Format(option);

    public static LocalizedText DepthCap(int cap) => Words.Cli.DepthCap.Format(cap);

    public static LocalizedText InitExists(string path) => Words.Cli.InitExists.Format(path);

    public static LocalizedText InitIsDirectory(string path) => Words.Cli.InitIsDirectory.Format(path);

    public static LocalizedText CannotWriteFile(string path, string reason) => Words.Cli.CannotWriteFile.Format(path, reason);

    public static LocalizedText SkeletonWritten(string path, string name) => Words.Cli.SkeletonWritten.Format(path, name);
}
