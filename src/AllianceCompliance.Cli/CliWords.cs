using AllianceCompliance.Findings;

namespace AllianceCompliance.Cli;

/// <summary>The command line's own messages on standard error, each in both languages (values in them are escaped by the caller).</summary>
internal static class CliWords
{
    public static LocalizedText OutputIsDirectory(string path) => new(
        $"cannot write the report to {path}: it is a directory; name a file",
        $"无法将报告写入 {path}：它是目录；请指定文件");

    public static LocalizedText OutputIsDevice(string path) => new(
        $"cannot write the report to {path}: it is a block device or a socket, not a file",
        $"无法将报告写入 {path}：它是块设备或套接字，而非文件");

    public static LocalizedText OutputIsInput(string path, string input) => new(
        $"the report would overwrite an input: --output {path} is the same file as {input}; nothing was read or written",
        $"报告将覆盖输入文件：--output {path} 与 {input} 是同一文件；未读取或写入任何内容");

    public static LocalizedText CannotWrite(string path, string reason) => new(
        $"cannot write the report to {path}: {reason}",
        $"无法将报告写入 {path}：{reason}");

    public static LocalizedText Written(string path) => new($"report written to {path}", $"报告已写入 {path}");

    public static LocalizedText CatalogueWritten(string path) => new($"catalogue written to {path}", $"规则目录已写入 {path}");

    public static LocalizedText CannotWriteStandardOutput(string reason) => new(
        $"cannot write to standard output: {reason}",
        $"无法写入标准输出：{reason}");

    public static LocalizedText StandardInputTwice { get; } = new(
        "- (standard input) can be given only once",
        "-（标准输入）只能给出一次");

    public static LocalizedText AttachedOutput(string token) => new(
        $"write --output and its file as two words ('{token}' is refused: a file name such as -o=b.yaml that a glob expands to must not choose the report's file)",
        $"请将 --output 与文件名分开写（拒绝“{token}”：通配符展开得到的 -o=b.yaml 之类文件名不得决定报告文件）");

    public static LocalizedText UnknownOption(string token) => new(
        $"Unrecognized option '{token}' (to check a file whose name starts with -, put -- before it).",
        $"无法识别的选项“{token}”（如要检查以 - 开头的文件，请在其前加 --）。");

    public static LocalizedText MemoNeedsOutput { get; } = new(
        "--format docx writes a Word document, which a terminal cannot show; give --output MEMO.docx, or redirect standard output to a file.",
        "--format docx 生成 Word 文档，终端无法显示；请用 --output 指定文件（如 MEMO.docx），或将标准输出重定向到文件。");

    public static LocalizedText OutputIsDraft(string path, string input) => new(
        $"--output {path} is the same file as {input}; annotate only reads the draft and the agreement: give another file",
        $"--output {path} 与 {input} 是同一文件；annotate 只读取草稿和协议文件，请另行指定输出文件");

    public static LocalizedText AgreementNotChecked(string path) => new(
        $"the agreement '{path}' could not be checked; nothing was written.",
        $"协议文件“{path}”无法检查；未写入任何内容。");

    public static LocalizedText CannotReadDraft(string path, string reason) => new(
        $"cannot read the draft {path}: {reason}",
        $"无法读取草稿 {path}：{reason}");

    public static LocalizedText NotARegularFile { get; } = new("it is not a regular file", "它不是普通文件");

    public static LocalizedText NotAWordDocument(string path, string reason) => new(
        $"{path} is not a Word document (.docx) that can be read: {reason}",
        $"{path} 不是可读取的 Word 文档（.docx）：{reason}");

    public static LocalizedText ReviewedDraftNeedsFile { get; } = new(
        "the reviewed draft is a Word document: --output must name a file",
        "审阅后的草稿是 Word 文档：--output 须指定文件");

    public static LocalizedText DraftAnnotated(string path, int onArticles, int inSummary) => new(
        $"reviewed draft written to {path}: {onArticles} finding(s) commented on their articles, {inSummary} in the summary comment at the start.",
        $"审阅稿已写入 {path}：{onArticles} 个问题以批注标注在相应条款处，{inSummary} 个列入开头的汇总批注。");

    public static LocalizedText NotNegative(string option) => new($"{option} must be 0 or more.", $"{option} 须大于或等于 0。");

    public static LocalizedText DepthCap(int cap) => new(
        $"--max-depth must be at most {cap} (agreements need six levels).",
        $"--max-depth 最多为 {cap}（协议只需六层）。");

    public static LocalizedText InitExists(string path) => new(
        $"{path} already exists; it was left as it is. Use --force to replace it.",
        $"{path} 已存在，未作改动。如要替换，请加 --force。");

    public static LocalizedText InitIsDirectory(string path) => new(
        $"{path} is a directory; give the path of the file to write.",
        $"{path} 是目录；请指定要写入的文件路径。");

    public static LocalizedText CannotWriteFile(string path, string reason) => new(
        $"cannot write {path}: {reason}",
        $"无法写入 {path}：{reason}");

    public static LocalizedText SkeletonWritten(string path, string name) => new(
        $"agreement skeleton written to {path}; fill in its empty values, then run 'alliance-check check {name}'.",
        $"协议框架已写入 {path}；请填写其中留空的值，然后运行 'alliance-check check {name}'。");
}
