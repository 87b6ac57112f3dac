using System.Collections.Immutable;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Loading;

/// <summary>
/// The findings the loader reports when a file cannot be read as an agreement. Each makes the
/// document's verdict <c>invalid</c>; none belongs to a condition.
/// </summary>
public static class LoadErrors
{
    private static readonly LocalizedText Format = new("Agreement file format v1", "协议文件格式第 1 版");

    /// <summary>AC001: the file is not well-formed YAML.</summary>
    public static RuleDescriptor Syntax { get; } = Describe(
        "AC001", "YAML syntax error", "YAML 语法错误",
        "The file is not valid YAML: {0}", "文件不是有效的 YAML：{0}",
        "Correct the YAML syntax at the position shown; a YAML-aware editor highlights it.",
        "在所示位置修正 YAML 语法；支持 YAML 的编辑器会标出该处。");

    /// <summary>AC002: the file cannot be read or decoded as text.</summary>
    public static RuleDescriptor Unreadable { get; } = Describe(
        "AC002", "File cannot be read as text", "文件无法作为文本读取",
        "The file cannot be read as an agreement: {0}", "无法将文件作为协议读取：{0}",
        "Check the path and permissions, and save the agreement as UTF-8 text (UTF-16 or UTF-32 with a byte-order mark also work).",
        "请检查路径和权限，并将协议保存为 UTF-8 文本（带字节顺序标记的 UTF-16 或 UTF-32 亦可）。");

    /// <summary>AC003: the file is over the size limit.</summary>
    public static RuleDescriptor TooLarge { get; } = Describe(
        "AC003", "File too large", "文件过大",
        "The file has {0} bytes, more than the limit of {1} bytes.", "文件大小为 {0} 字节，超过上限 {1} 字节。",
        "Check that this is the right file; raise the limit with --max-bytes if the agreement really is this large.",
        "请确认文件无误；若协议确实如此之大，可用 --max-bytes 提高上限。");

    /// <summary>AC004: the YAML nests deeper than the limit.</summary>
    public static RuleDescriptor TooDeep { get; } = Describe(
        "AC004", "Nesting too deep", "嵌套层级过深",
        "The YAML nests more than {0} levels deep here.", "此处 YAML 嵌套超过 {0} 层。",
        "Agreements need only a few levels of nesting; flatten the structure.",
        "协议只需少数几层嵌套，请简化结构。");

    /// <summary>AC005: anchors, aliases, tags or other YAML features an agreement does not need.</summary>
    public static RuleDescriptor Unsupported { get; } = Describe(
        "AC005", "Unsupported YAML feature", "不支持的 YAML 特性",
        "{0} are not allowed in agreement files.", "协议文件中不允许使用{0}。",
        "Write the value out in full where it is used.",
        "请在使用处完整写出该值。");

    /// <summary>AC006: the file holds no agreement, or more than one.</summary>
    public static RuleDescriptor NotOneDocument { get; } = Describe(
        "AC006", "Not one agreement", "不是单个协议",
        "{0}", "{0}",
        "Put exactly one agreement, a YAML mapping starting with 'format: alliance-agreement/v1', in each file.",
        "每个文件只放一个协议：以 'format: alliance-agreement/v1' 开头的 YAML 映射。");

    /// <summary>AC007: the format tag is missing or not a supported version.</summary>
    public static RuleDescriptor UnsupportedFormat { get; } = Describe(
        "AC007", "Unsupported format", "不支持的格式版本",
        "The format '{0}' is not supported; expected 'alliance-agreement/v1'.", "不支持格式“{0}”，应为“alliance-agreement/v1”。",
        "Set 'format: alliance-agreement/v1' at the top of the file.",
        "在文件开头写明 'format: alliance-agreement/v1'。");

    /// <summary>AC008: a rule failed while evaluating the document, so it could not be assessed.</summary>
    public static RuleDescriptor EvaluationFailed { get; } = Describe(
        "AC008", "Rule evaluation failed", "规则执行失败",
        "The document could not be assessed: {0}", "无法评估该文件：{0}",
        "This is a defect of the checker, not of the agreement: please report it with the file.",
        "这是检查工具的缺陷，而非协议的问题：请附上该文件报告此问题。");

    /// <summary>AC010: a key the format does not define.</summary>
    public static RuleDescriptor UnknownKey { get; } = Describe(
        "AC010", "Unknown key", "未知键",
        "Unknown key '{0}'{1}.", "未知键“{0}”{1}。",
        "Remove the key or correct its spelling; keys are camelCase as in the format description.",
        "删除该键或更正拼写；键名采用格式说明中的 camelCase 形式。");

    /// <summary>AC011: a key given twice in one mapping.</summary>
    public static RuleDescriptor DuplicateKey { get; } = Describe(
        "AC011", "Duplicate key", "重复键",
        "Key '{0}' is given more than once in this mapping (first at line {1}).", "键“{0}”在同一映射中重复出现（首次在第 {1} 行）。",
        "Keep one entry for the key; merge the values if both are needed.",
        "每个键只保留一项；如两个值都需要，请合并。");

    /// <summary>AC012: a value of the wrong type.</summary>
    public static RuleDescriptor WrongType { get; } = Describe(
        "AC012", "Wrong type", "类型错误",
        "'{0}' must be {1}, but is {2}.", "“{0}”应为{1}，实际为{2}。",
        "Write the value in the form the format describes.",
        "请按格式说明的形式填写该值。");

    /// <summary>AC013: a required key is missing.</summary>
    public static RuleDescriptor MissingKey { get; } = Describe(
        "AC013", "Missing required key", "缺少必填键",
        "Required key '{0}' is missing.", "缺少必填键“{0}”。",
        "Add the key with its value.",
        "请添加该键及其值。");

    /// <summary>AC014: a value outside the allowed set.</summary>
    public static RuleDescriptor UnknownValue { get; } = Describe(
        "AC014", "Unknown value", "未知取值",
        "'{0}' is not a valid {1}{2}; allowed: {3}.", "“{0}”不是有效的{1}{2}；可选值：{3}。",
        "Use one of the allowed values.",
        "请使用可选值之一。");

    /// <summary>AC015: a date that is not an ISO 8601 calendar date.</summary>
    public static RuleDescriptor BadDate { get; } = Describe(
        "AC015", "Invalid date", "日期无效",
        "'{0}' is not a date in the form YYYY-MM-DD.", "“{0}”不是 YYYY-MM-DD 形式的日期。",
        "Write the date as year-month-day, for example 2012-08-29.",
        "请按年-月-日填写日期，例如 2012-08-29。");

    /// <summary>AC016: a number that cannot be read, or is out of range.</summary>
    public static RuleDescriptor BadNumber { get; } = Describe(
        "AC016", "Invalid number", "数值无效",
        "'{0}' is not {1}.", "“{0}”不是{1}。",
        "Write the number in digits, without units or thousands separators.",
        "请用阿拉伯数字填写，不带单位或千位分隔符。");

    /// <summary>AC017: a reference to a member id that no member has.</summary>
    public static RuleDescriptor UnknownMember { get; } = Describe(
        "AC017", "Unknown member", "未知成员",
        "No member has the id '{0}'{1}.", "没有 id 为“{0}”的成员{1}。",
        "Refer to members by the 'id' they have under 'members', or add the missing member.",
        "请使用 members 中各成员的 id，或补充缺失的成员。");

    /// <summary>AC018: two members, goals, bodies or consortia share an id.</summary>
    public static RuleDescriptor DuplicateId { get; } = Describe(
        "AC018", "Duplicate id", "重复 id",
        "The id '{0}' is used more than once (first at line {1}).", "id“{0}”被重复使用（首次在第 {1} 行）。",
        "Give every member, goal, body and consortium an id of its own.",
        "请为每个成员、目标、机构和联合体分配唯一的 id。");

    /// <summary>AC060: a reference to a consortium id that no consortium has.</summary>
    public static RuleDescriptor UnknownConsortium { get; } = Describe(
        "AC060", "Unknown consortium", "未知联合体",
        "No consortium has the id '{0}'{1}.", "没有 id 为“{0}”的联合体{1}。",
        "Refer to consortia by the 'id' they have under 'consortia', or add the missing consortium.",
        "请使用 consortia 中各联合体的 id，或补充缺失的联合体。");

    /// <summary>AC061: a reference to a goal id that no goal has.</summary>
    public static RuleDescriptor UnknownGoal { get; } = Describe(
        "AC061", "Unknown goal", "未知目标",
        "No goal has the id '{0}'{1}.", "没有 id 为“{0}”的目标{1}。",
        "Refer to goals by the 'id' they have under 'agreement.goals', or add the missing goal.",
        "请使用 agreement.goals 中各目标的 id，或补充缺失的目标。");

    /// <summary>AC062: a reference to a body id that no body has.</summary>
    public static RuleDescriptor UnknownBody { get; } = Describe(
        "AC062", "Unknown body", "未知机构",
        "No body has the id '{0}'{1}.", "没有 id 为“{0}”的机构{1}。",
        "Refer to bodies by the 'id' they have under 'governance.bodies', or add the missing body.",
        "请使用 governance.bodies 中各机构的 id，或补充缺失的机构。");

    /// <summary>AC063: a consortium's lead is not among its members.</summary>
    public static RuleDescriptor ConsortiumLeadOutside { get; } = Describe(
        "AC063", "Consortium lead not among its members", "联合体牵头单位不在其成员之中",
        "The lead '{0}' of consortium '{1}' is not among its members.", "联合体“{1}”的牵头单位“{0}”不在该联合体的成员（members）之中。",
        "Add the lead to the consortium's 'members', or name one of its members as 'lead'.",
        "请将牵头单位加入该联合体的 members，或从其成员中指定 lead。");

    /// <summary>AC040: a YAML core tag that contradicts its value, such as <c>!!null China</c> or <c>!!seq</c> on a mapping.</summary>
    public static RuleDescriptor ContradictoryTag { get; } = Describe(
        "AC040", "Tag contradicts value", "标签与值矛盾",
        "The tag {0} does not fit this value: {1}.", "标签 {0} 与此处的值不符：{1}。",
        "Remove the tag: agreements need none, and the value is read by what the format expects here.",
        "请删除该标签：协议无需标签，此处的值按格式的要求读取。");

    /// <summary>Every load error, in id order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        Syntax, Unreadable, TooLarge, TooDeep, Unsupported, NotOneDocument, UnsupportedFormat, EvaluationFailed,
        UnknownKey, DuplicateKey, WrongType, MissingKey, UnknownValue, BadDate, BadNumber, UnknownMember, DuplicateId,
        ContradictoryTag, UnknownConsortium, UnknownGoal, UnknownBody, ConsortiumLeadOutside,
    ];

    /// <summary>Why a path is not read (<see cref="Unreadable"/>): it names something other than a regular file.</summary>
    internal static LocalizedText NotARegularFile(Files.FileKind kind) => kind switch
    {
        Files.FileKind.Directory => new("it is a directory, not a file", "它是目录，而非文件"),
        Files.FileKind.Fifo => new("it is a named pipe (FIFO), not a regular file; only regular files and - (standard input) are read", "它是命名管道（FIFO），而非普通文件；只读取普通文件和 -（标准输入）"),
        Files.FileKind.CharacterDevice or Files.FileKind.BlockDevice => new("it is a device, not a regular file; only regular files and - (standard input) are read", "它是设备，而非普通文件；只读取普通文件和 -（标准输入）"),
        Files.FileKind.Socket => new("it is a socket, not a regular file; only regular files and - (standard input) are read", "它是套接字，而非普通文件；只读取普通文件和 -（标准输入）"),
        _ => new("it is not a regular file; only regular files and - (standard input) are read", "它不是普通文件；只读取普通文件和 -（标准输入）"),
    };

    /// <summary>Why a path is not read: its name, as the system gave it, is not valid UTF-8 (.NET shows the bad bytes as U+FFFD and cannot open it).</summary>
    internal static LocalizedText NameNotUtf8 { get; } = new(
        "its name is not valid UTF-8 (the bad bytes are shown as U+FFFD), so it cannot be opened; rename the file",
        "其文件名不是有效的 UTF-8（无效字节显示为 U+FFFD），因此无法打开；请重命名该文件");

    /// <summary>Why a path is not read: the system could not look at it (such as a path longer than the system allows).</summary>
    internal static LocalizedText CannotLookAt(string reason) => new($"it cannot be looked at: {reason}", $"无法查看：{reason}");

    /// <summary>Why a directory was not searched (a directory walk reports it for itself and goes on).</summary>
    internal static LocalizedText CannotSearch(string reason) => new($"it is a directory that cannot be searched: {reason}", $"该目录无法搜索：{reason}");

    /// <summary>The reading of an over-size stream whose length is not known.</summary>
    internal static LocalizedText Over(long max) => new($"over {max}", $"超过 {max}");

    /// <summary>The kind of number <see cref="BadNumber"/> wanted: a whole number in the range an <see cref="int"/> holds.</summary>
    internal static LocalizedText WholeNumber { get; } = new("a whole number", "整数");

    /// <summary>The kind of number wanted where a count or a number of days is asked for.</summary>
    internal static LocalizedText NonNegativeWholeNumber { get; } = new("a whole number of 0 or more", "大于或等于 0 的整数");

    /// <summary>A whole number too large (or too small) to be held.</summary>
    internal static LocalizedText OutOfRange { get; } = new(
        $"a whole number in range: it is too large (the largest accepted is {int.MaxValue})",
        $"范围内的整数：数值过大（最大可接受 {int.MaxValue}）");

    private static RuleDescriptor Describe(
        string id, string title, string titleZh, string message, string messageZh, string fix, string fixZh) =>
        new(id, null, Severity.Error, Format, new(title, titleZh), new(message, messageZh), new(fix, fixZh));
}
