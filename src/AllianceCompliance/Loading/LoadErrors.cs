using System.Collections.Immutable;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Loading;

/// <summary>
/// The findings the loader reports when a file cannot be read as an agreement. Each makes the
/// document's verdict <c>invalid</c>; none belongs to a condition.
/// </summary>
public static class LoadErrors
{
    private static readonly LocalizedText Format = Words.FileFormat;

    /// <summary>AC001: the file is not well-formed YAML.</summary>
    public static RuleDescriptor Syntax { get; } = Describe("AC001");

    /// <summary>AC002: the file cannot be read (a path that is not a regular file, or a system error).</summary>
    public static RuleDescriptor Unreadable { get; } = Describe("AC002");

    /// <summary>AC003: the file is over the size limit.</summary>
    public static RuleDescriptor TooLarge { get; } = Describe("AC003");

    /// <summary>AC004: the YAML nests deeper than the limit.</summary>
    public static RuleDescriptor TooDeep { get; } = Describe("AC004");

    /// <summary>AC005: anchors, aliases, tags or other YAML features an agreement does not need.</summary>
    public static RuleDescriptor Unsupported { get; } = Describe("AC005");

    /// <summary>AC006: the file holds no agreement, or more than one.</summary>
    public static RuleDescriptor NotOneDocument { get; } = Describe("AC006");

    /// <summary>AC007: the format tag is missing or not a supported version.</summary>
    public static RuleDescriptor UnsupportedFormat { get; } = Describe("AC007");

    /// <summary>AC008: a rule failed while evaluating the document, so it could not be assessed.</summary>
    public static RuleDescriptor EvaluationFailed { get; } = Describe("AC008");

    /// <summary>AC010: a key the format does not define.</summary>
    public static RuleDescriptor UnknownKey { get; } = Describe("AC010");

    /// <summary>AC011: a key given twice in one mapping.</summary>
    public static RuleDescriptor DuplicateKey { get; } = Describe("AC011");

    /// <summary>AC012: a value of the wrong type.</summary>
    public static RuleDescriptor WrongType { get; } = Describe("AC012");

    /// <summary>AC013: a required key is missing.</summary>
    public static RuleDescriptor MissingKey { get; } = Describe("AC013");

    /// <summary>AC014: a value outside the allowed set.</summary>
    public static RuleDescriptor UnknownValue { get; } = Describe("AC014");

    /// <summary>AC015: a date that is not an ISO 8601 calendar date.</summary>
    public static RuleDescriptor BadDate { get; } = Describe("AC015");

    /// <summary>AC016: a number that cannot be read, or is out of range.</summary>
    public static RuleDescriptor BadNumber { get; } = Describe("AC016");

    /// <summary>AC017: a reference to a member id that no member has.</summary>
    public static RuleDescriptor UnknownMember { get; } = Describe("AC017");

    /// <summary>AC018: two members, goals, bodies or consortia share an id.</summary>
    public static RuleDescriptor DuplicateId { get; } = Describe("AC018");

    /// <summary>AC060: a reference to a consortium id that no consortium has.</summary>
    public static RuleDescriptor UnknownConsortium { get; } = Describe("AC060");

    /// <summary>AC061: a reference to a goal id that no goal has.</summary>
    public static RuleDescriptor UnknownGoal { get; } = Describe("AC061");

    /// <summary>AC062: a reference to a body id that no body has.</summary>
    public static RuleDescriptor UnknownBody { get; } = Describe("AC062");

    /// <summary>AC063: a consortium's lead is not among its members.</summary>
    public static RuleDescriptor ConsortiumLeadOutside { get; } = Describe("AC063");

    /// <summary>AC050: the file is not UTF-8 but Chinese text in GB18030 (GBK).</summary>
    public static RuleDescriptor ChineseEncoding { get; } = Describe("AC050");

    /// <summary>AC051: a key followed by a full-width colon (<c>representative：张伟</c>).</summary>
    public static RuleDescriptor FullWidthColon { get; } = Describe("AC051");

    /// <summary>AC052: full-width commas, colons or brackets inside <c>[ ]</c> or <c>{ }</c>.</summary>
    public static RuleDescriptor FullWidthInFlow { get; } = Describe("AC052");

    /// <summary>AC053: a full-width space (U+3000) in the indentation.</summary>
    public static RuleDescriptor FullWidthIndent { get; } = Describe("AC053");

    /// <summary>AC067: a list or mapping written between full-width brackets (<c>【a, b】</c>, <c>［a, b］</c>, <c>〔a〕</c>, <c>｛k: v｝</c>).</summary>
    public static RuleDescriptor FullWidthBrackets { get; } = Describe("AC067");

    /// <summary>AC068: a file whose first lines are UTF-8 and the rest Chinese text in GB18030 (GBK).</summary>
    public static RuleDescriptor MixedEncoding { get; } = Describe("AC068");

    /// <summary>AC069: the file's content is not text: a binary file, or a byte that is not valid in the file's encoding.</summary>
    public static RuleDescriptor NotText { get; } = Describe("AC069");

    /// <summary>AC040: a YAML core tag that contradicts its value, such as <c>!!null China</c> or <c>!!seq</c> on a mapping.</summary>
    public static RuleDescriptor ContradictoryTag { get; } = Describe("AC040");

    /// <summary>Every load error, in id order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        Syntax, Unreadable, TooLarge, TooDeep, Unsupported, NotOneDocument, UnsupportedFormat, EvaluationFailed,
        UnknownKey, DuplicateKey, WrongType, MissingKey, UnknownValue, BadDate, BadNumber, UnknownMember, DuplicateId,
        ContradictoryTag, UnknownConsortium, UnknownGoal, UnknownBody, ConsortiumLeadOutside,
        ChineseEncoding, FullWidthColon, FullWidthInFlow, FullWidthIndent, FullWidthBrackets, MixedEncoding, NotText,
    ];

    /// <summary>Why a path is not read (<see cref="Unreadable"/>): it names something other than a regular file.</summary>
    internal static LocalizedText NotARegularFile(Files.FileKind kind) => kind switch
    {
        Files.FileKind.Directory => Words.FileKinds.Directory,
        Files.FileKind.Fifo => Words.FileKinds.Fifo,
        Files.FileKind.CharacterDevice or Files.FileKind.BlockDevice => Words.FileKinds.Device,
        Files.FileKind.Socket => Words.FileKinds.Socket,
        _ => Words.FileKinds.Other,
    };

    /// <summary>Why a path is not read: its name, as the system gave it, is not valid UTF-8 (.NET shows the bad bytes as U+FFFD and cannot open it).</summary>
    internal static LocalizedText NameNotUtf8 => Words.FileKinds.NameNotUtf8;

    /// <summary>Why a path is not read: the system could not look at it (such as a path longer than the system allows).</summary>
    internal static LocalizedText CannotLookAt(LocalizedText reason) => Words.FileKinds.CannotLookAt.Format(reason);

    /// <summary>Why a directory was not searched (a directory walk reports it for itself and goes on).</summary>
    internal static LocalizedText CannotSearch(LocalizedText reason) => Words.FileKinds.CannotSearch.Format(reason);

    /// <summary>The reading of an over-size stream whose length is not known.</summary>
    internal static LocalizedText Over(long max) => Words.OverBytes.Format(max);

    /// <summary>The kind of number <see cref="BadNumber"/> wanted: a whole number in the range an <see cref="int"/> holds.</summary>
    internal static LocalizedText WholeNumber => Words.WholeNumber;

    /// <summary>The kind of number wanted where a count or a number of days is asked for.</summary>
    internal static LocalizedText NonNegativeWholeNumber => Words.NonNegativeWholeNumber;

    /// <summary>A whole number too large (or too small) to be held.</summary>
    internal static LocalizedText OutOfRange { get; } = Words.OutOfRange.Format(int.MaxValue);

    /// <summary>A load error whose title, message and fix are the string table's <c>{id}.Title</c>, <c>.Message</c> and <c>.Fix</c>.</summary>
    private static RuleDescriptor Describe(string id) =>
        new(id, null, Severity.Error, Format, Words.Get(id + ".Title"), Words.Get(id + ".Message"), Words.Get(id + ".Fix"));
}
