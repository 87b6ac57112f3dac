using System.Globalization;
using System.Runtime.CompilerServices;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Reporting;

namespace AllianceCompliance.Resources;

/// <summary>
/// Everything the product says outside the rule descriptors, in each language: the two string
/// tables <c>English.resx</c> and <c>Chinese.resx</c> (same keys; a test checks both ways), and
/// a strongly typed accessor, one property per fixed text, giving both languages at once.
/// </summary>
/// <remarks>
/// Why not the generated accessor of a culture-suffixed <c>.resx</c> pair (<c>Words.zh-CN.resx</c>):
/// that reads the language of a process-wide culture from a satellite assembly, but a report's
/// language is chosen per call (<see cref="Reporting.ReportOptions.Language"/>), one process may
/// write both, and the tool runs with <c>InvariantGlobalization</c>, where a <c>zh-CN</c> culture
/// cannot be created (and <c>SatelliteResourceLanguages</c> drops satellites of packages a consumer
/// references). So each language is a table of its own, embedded in this assembly (no satellite,
/// no culture: the self-contained, ReadyToRun tool package carries it as it carries the code), read
/// with <see cref="CultureInfo.InvariantCulture"/>. Keys that follow from data (severities,
/// verdicts, statuses, conditions, enum values, load error ids) are read by <see cref="Get(string)"/>;
/// the rest through the properties below, named as their keys. A missing key throws at first use,
/// and the tests read every key in both tables.
/// </remarks>
internal static class Words
{
    private static readonly StringTable Table = new(typeof(Words).Assembly, "AllianceCompliance.Resources");

    /// <summary>The text of a key in both languages.</summary>
    /// <exception cref="KeyNotFoundException">A table lacks the key.</exception>
    public static LocalizedText Get(string key) => Table.Get(key);

    /// <summary>The text of a key in one language.</summary>
    public static string Get(string key, Language language) => Table.Get(key, language);

    /// <summary>Every key of a language's table (for the tests).</summary>
    public static IEnumerable<string> Keys(Language language) => Table.Keys(language);

    private static LocalizedText Word([CallerMemberName] string key = "") => Get(key);

    public static LocalizedText ValueSeparator => Word();
    public static LocalizedText Label => Word();
    public static LocalizedText Cites => Word();
    public static LocalizedText Fix => Word();
    public static LocalizedText Waived => Word();
    public static LocalizedText Matched => Word();
    public static LocalizedText WaivedMark => Word();
    public static LocalizedText Parenthesised => Word();

    public static LocalizedText CitesClause => Word();
    public static LocalizedText OpinionsTitle => Word();
    public static LocalizedText OpinionsNumber => Word();
    public static LocalizedText Summary => Word();
    public static LocalizedText Comparison => Word();
    public static LocalizedText NotInBaseline => Word();
    public static LocalizedText BaselineTooLarge => Word();
    public static LocalizedText BaselineNotAReport => Word();
    public static LocalizedText BaselineUnreadable => Word();
    public static LocalizedText BaselineNotJson => Word();
    public static LocalizedText BaselineFieldsMissing => Word();
    public static LocalizedText ConditionLabel => Word();
    public static LocalizedText CitesLabel => Word();
    public static LocalizedText ClauseLabel => Word();
    public static LocalizedText FixLabel => Word();
    public static LocalizedText WaivedLabel => Word();
    public static LocalizedText LocationLabel => Word();
    public static LocalizedText TitleLabel => Word();
    public static LocalizedText StatusLabel => Word();
    public static LocalizedText FindingsLabel => Word();
    public static LocalizedText AllianceLabel => Word();
    public static LocalizedText FindingsHeading => Word();
    public static LocalizedText NoFindings => Word();
    public static LocalizedText FindingAt => Word();
    public static LocalizedText LoadError => Word();
    public static LocalizedText ReportTitle => Word();
    public static LocalizedText CheckedBy => Word();
    public static LocalizedText CheckedByOpinions => Word();
    public static LocalizedText LoadCase => Word();
    public static LocalizedText AndMore => Word();
    public static LocalizedText SarifCondition => Word();
    public static LocalizedText SarifFullDescription => Word();
    public static LocalizedText SarifHelp => Word();
    public static LocalizedText SarifHelpMarkdown => Word();
    public static LocalizedText CatalogueTitle => Word();
    public static LocalizedText CatalogueGenerated => Word();
    public static LocalizedText IdColumn => Word();
    public static LocalizedText ConditionColumn => Word();
    public static LocalizedText SeverityColumn => Word();
    public static LocalizedText TitleColumn => Word();
    public static LocalizedText BasisColumn => Word();
    public static LocalizedText BasisLabel => Word();
    public static LocalizedText Basis => Word();
    public static LocalizedText WhyRow => Word();

    /// <summary>The label of the phrases a rule reacts to, in the rule catalogue.</summary>
    public static LocalizedText ReactsTo => Word();

    public static LocalizedText LooksFor => Word();
    public static LocalizedText Why => Word();
    public static LocalizedText SeverityLabel => Word();
    public static LocalizedText LoadErrorsHeading => Word();
    public static LocalizedText MessageRow => Word();
    public static LocalizedText RemediationRow => Word();
    public static LocalizedText CitationRow => Word();
    public static LocalizedText Load => Word();
    public static LocalizedText RuleCount => Word();
    public static LocalizedText LanguageName => Word();
    public static LocalizedText FileFormat => Word();
    public static LocalizedText WaiversFile => Word();
    public static LocalizedText InlineWaivers => Word();
    public static LocalizedText NotInlineWaiver => Word();
    public static LocalizedText NotADate => Word();
    public static LocalizedText NonNegativeWholeNumber => Word();
    public static LocalizedText OutOfRange => Word();
    public static LocalizedText TextType => Word();
    public static LocalizedText ListType => Word();
    public static LocalizedText MappingType => Word();
    public static LocalizedText EmptyValue => Word();
    public static LocalizedText TheText => Word();
    public static LocalizedText TrueOrFalse => Word();
    public static LocalizedText WholeNumber => Word();
    public static LocalizedText Number => Word();
    public static LocalizedText DidYouMean => Word();
    public static LocalizedText DidYouMeanNamed => Word();
    public static LocalizedText NamedWithId => Word();
    public static LocalizedText QuotedId => Word();
    public static LocalizedText BadByte => Word();
    public static LocalizedText BinaryContent => Word();
    public static LocalizedText CommentsOnly => Word();
    public static LocalizedText NulByte => Word();
    public static LocalizedText EmptyFile => Word();
    public static LocalizedText ManyDocuments => Word();
    public static LocalizedText Aliases => Word();
    public static LocalizedText Anchors => Word();
    public static LocalizedText CustomTags => Word();
    public static LocalizedText OverBytes => Word();
    public static LocalizedText NotRuleId => Word();
    public static LocalizedText NotYamlPath => Word();
    public static LocalizedText EmptyJustification => Word();
    public static LocalizedText WaiverInDocument => Word();
    public static LocalizedText WaiverAtPath => Word();

    public static class Yaml
    {
        public static LocalizedText ExpectedKey => Word();
        public static LocalizedText ValueNotAllowed => Word();
        public static LocalizedText ExpectedItem => Word();
        public static LocalizedText ItemNotAllowed => Word();
        public static LocalizedText FlowSequence => Word();
        public static LocalizedText FlowMapping => Word();
        public static LocalizedText ExpectedColon => Word();
        public static LocalizedText BadCharacter => Word();
        public static LocalizedText Tab => Word();
        public static LocalizedText Quoted => Word();
        public static LocalizedText MissingValue => Word();
        public static LocalizedText UnexpectedEnd => Word();
        public static LocalizedText BlockScalar => Word();
        public static LocalizedText KeyNotText => Word();
        public static LocalizedText UnclosedBracket => Word();
        public static LocalizedText UnclosedQuote => Word();
        public static LocalizedText Other => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Get("Yaml." + key);
    }

    /// <summary>The words of <c>--explain</c>: the facts a rule matched, described for a reviewer.</summary>
    public static class Evidence
    {
        public static LocalizedText Node => Word();
        public static LocalizedText Roster => Word();
        public static LocalizedText SignaturePage => Word();
        public static LocalizedText TaskAllocation => Word();
        public static LocalizedText ExecutiveBody => Word();
        public static LocalizedText RepeatedListing => Word();
        public static LocalizedText Value => Word();
        public static LocalizedText Reading => Word();
        public static LocalizedText ReadingClause => Word();
        public static LocalizedText Hit => Word();
        public static LocalizedText FromMethod => Word();
        public static LocalizedText LeftOpen => Word();
        public static LocalizedText DetailsDeferred => Word();
        public static LocalizedText Refuses => Word();
        public static LocalizedText NotBinding => Word();
        public static LocalizedText Arbitration => Word();
        public static LocalizedText Court => Word();
        public static LocalizedText SaysNothing => Word();
        public static LocalizedText Uncommitted => Word();
        public static LocalizedText NothingFlagged => Word();

        /// <summary>What a part of the agreement is called: <c>Member</c>, <c>成员</c> (the string table's <c>Node.{type}</c>).</summary>
        public static LocalizedText NameOf(Type node) => Get("Node." + node.Name);

        private static LocalizedText Word([CallerMemberName] string key = "") => Get("Evidence." + key);
    }

    public static class Os
    {
        public static LocalizedText NotFound => Word();
        public static LocalizedText DirectoryNotFound => Word();
        public static LocalizedText IsDirectory => Word();
        public static LocalizedText Denied => Word();
        public static LocalizedText InUse => Word();
        public static LocalizedText DiskFull => Word();
        public static LocalizedText PathTooLong => Word();
        public static LocalizedText ReadOnly => Word();
        public static LocalizedText BadName => Word();
        public static LocalizedText Closed => Word();
        public static LocalizedText StandardOutput => Word();
        public static LocalizedText Other => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Get("Os." + key);
    }

    public static class Cli
    {
        public static LocalizedText Prefix => Word();
        public static LocalizedText Message => Word();
        public static LocalizedText Usage => Word();
        public static LocalizedText InternalError => Word();
        public static LocalizedText PleaseReport => Word();
        public static LocalizedText NoMatch => Word();
        public static LocalizedText CannotWrite => Word();
        public static LocalizedText ReportWritten => Word();
        public static LocalizedText CatalogueWritten => Word();
        public static LocalizedText WaiversInvalid => Word();
        public static LocalizedText Checking => Word();
        public static LocalizedText UnknownOption => Word();
        public static LocalizedText OutputIsDirectory => Word();
        public static LocalizedText OutputIsDevice => Word();
        public static LocalizedText OutputIsInput => Word();
        public static LocalizedText CannotWriteStandardOutput => Word();
        public static LocalizedText StandardInputTwice => Word();
        public static LocalizedText AttachedOutput => Word();
        public static LocalizedText InitExists => Word();
        public static LocalizedText InitIsDirectory => Word();
        public static LocalizedText CannotWriteFile => Word();
        public static LocalizedText SkeletonWritten => Word();
        public static LocalizedText MemoNeedsOutput => Word();
        public static LocalizedText NotInBaseline => Word();
        public static LocalizedText FailOnNewNeedsBaseline => Word();
        public static LocalizedText ExplainNotInFormat => Word();
        public static LocalizedText InputIsWaivers => Word();
        public static LocalizedText InputIsBaseline => Word();
        public static LocalizedText OutputIsDraft => Word();
        public static LocalizedText AgreementNotChecked => Word();
        public static LocalizedText CannotReadDraft => Word();
        public static LocalizedText NotARegularFile => Word();
        public static LocalizedText NotAWordDocument => Word();
        public static LocalizedText DocxNotAPackage => Word();
        public static LocalizedText DocxNoBody => Word();
        public static LocalizedText DocxOther => Word();
        public static LocalizedText ReviewedDraftNeedsFile => Word();
        public static LocalizedText DraftAnnotated => Word();
        public static LocalizedText NotNegative => Word();
        public static LocalizedText DepthCap => Word();
        public static LocalizedText Description => Word();
        public static LocalizedText Check => Word();
        public static LocalizedText CheckInputs => Word();
        public static LocalizedText CheckFormat => Word();
        public static LocalizedText CheckOutput => Word();
        public static LocalizedText CheckFailOn => Word();
        public static LocalizedText CheckLang => Word();
        public static LocalizedText CheckMaxBytes => Word();
        public static LocalizedText CheckMaxDepth => Word();
        public static LocalizedText CheckWaivers => Word();
        public static LocalizedText CheckBaseline => Word();
        public static LocalizedText CheckNoInlineWaivers => Word();
        public static LocalizedText CheckExplain => Word();
        public static LocalizedText Rules => Word();
        public static LocalizedText RulesFormat => Word();
        public static LocalizedText RulesLang => Word();
        public static LocalizedText RulesOutput => Word();
        public static LocalizedText HelpOption => Word();
        public static LocalizedText VersionOption => Word();
        public static LocalizedText Init => Word();
        public static LocalizedText InitFile => Word();
        public static LocalizedText InitLang => Word();
        public static LocalizedText InitForce => Word();
        public static LocalizedText Annotate => Word();
        public static LocalizedText AnnotateAgreement => Word();
        public static LocalizedText AnnotateDraft => Word();
        public static LocalizedText AnnotateOutput => Word();
        public static LocalizedText AnnotateLang => Word();
        public static LocalizedText Schema => Word();
        public static LocalizedText HelpUsage => Word();
        public static LocalizedText FullStop => Word();
        public static LocalizedText HelpArguments => Word();
        public static LocalizedText HelpOptions => Word();
        public static LocalizedText HelpCommands => Word();
        public static LocalizedText HelpDefault => Word();
        public static LocalizedText HelpOptionsWord => Word();
        public static LocalizedText HelpCommandWord => Word();
        public static LocalizedText HelpMore => Word();
        public static LocalizedText NameInputs => Word();
        public static LocalizedText NameFile => Word();
        public static LocalizedText NameBytes => Word();
        public static LocalizedText NameLevels => Word();
        public static LocalizedText NameAgreement => Word();
        public static LocalizedText NameDraft => Word();
        public static LocalizedText RootLang => Word();
        public static LocalizedText UnknownArgument => Word();
        public static LocalizedText MissingValue => Word();
        public static LocalizedText NotOneOf => Word();
        public static LocalizedText NotWholeNumber => Word();
        public static LocalizedText GivenTwice => Word();
        public static LocalizedText MissingOption => Word();
        public static LocalizedText MissingInputs => Word();
        public static LocalizedText MissingAgreement => Word();
        public static LocalizedText MissingCommand => Word();
        public static LocalizedText TooManyArguments => Word();
        public static LocalizedText ParserSays => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Get("Cli." + key);
    }

    /// <summary>
    /// The words of the review: the memo (<c>--format docx</c>), the HTML report's review sections and
    /// the comments of an annotated draft. The wording of the provisions is data (<c>Provisions.json</c>).
    /// </summary>
    public static class Review
    {
        public static LocalizedText MemoTitle => Word();
        public static LocalizedText ReportTitle => Word();
        public static LocalizedText Against => Word();
        public static LocalizedText Scope => Word();
        public static LocalizedText Page => Word();
        public static LocalizedText Alliance => Word();
        public static LocalizedText OtherName => Word();
        public static LocalizedText AgreementTitle => Word();
        public static LocalizedText File => Word();
        public static LocalizedText Sha256 => Word();
        public static LocalizedText CheckedAt => Word();
        public static LocalizedText Tool => Word();
        public static LocalizedText RuleSet => Word();
        public static LocalizedText Conclusion => Word();
        public static LocalizedText Unnamed => Word();
        public static LocalizedText AtAGlance => Word();
        public static LocalizedText Source => Word();
        public static LocalizedText Status => Word();
        public static LocalizedText InDetail => Word();
        public static LocalizedText Requires => Word();
        public static LocalizedText Item => Word();
        public static LocalizedText ArticleColumn => Word();
        public static LocalizedText TermsColumn => Word();
        public static LocalizedText SeverityTag => Word();
        public static LocalizedText Provides => Word();
        public static LocalizedText ProvidesNothing => Word();
        public static LocalizedText NotAssessedUnread => Word();
        public static LocalizedText AmountInYuan => Word();
        public static LocalizedText Amount => Word();
        public static LocalizedText NotAssessedNotApplicable => Word();
        public static LocalizedText FindingsHeading => Word();
        public static LocalizedText NoFindings => Word();
        public static LocalizedText LoadErrors => Word();
        public static LocalizedText More => Word();
        public static LocalizedText Article => Word();
        public static LocalizedText NoArticle => Word();
        public static LocalizedText Where => Word();
        public static LocalizedText WhereInArticle => Word();
        public static LocalizedText WhereNoArticle => Word();
        public static LocalizedText PartWithin => Word();
        public static LocalizedText PartValue => Word();
        public static LocalizedText PartArticle => Word();
        public static LocalizedText Comparison => Word();
        public static LocalizedText ComparisonCounts => Word();
        public static LocalizedText NotInBaseline => Word();
        public static LocalizedText New => Word();
        public static LocalizedText Unchanged => Word();
        public static LocalizedText ResolvedHeading => Word();
        public static LocalizedText ResolvedNote => Word();
        public static LocalizedText EarlierMessage => Word();
        public static LocalizedText ResolvedFinding => Word();
        public static LocalizedText Determiners => Word();
        public static LocalizedText Issue => Word();
        public static LocalizedText Fix => Word();
        public static LocalizedText Appendix => Word();
        public static LocalizedText AppendixNote => Word();
        public static LocalizedText Number => Word();
        public static LocalizedText Rule => Word();
        public static LocalizedText Line => Word();
        public static LocalizedText Column => Word();
        public static LocalizedText Path => Word();
        public static LocalizedText Members => Word();
        public static LocalizedText LeadMember => Word();
        public static LocalizedText CreditCode => Word();
        public static LocalizedText Representative => Word();
        public static LocalizedText GoverningLaw => Word();
        public static LocalizedText EffectiveFrom => Word();
        public static LocalizedText Term => Word();
        public static LocalizedText Goal => Word();
        public static LocalizedText Measure => Word();
        public static LocalizedText Due => Word();
        public static LocalizedText Tasks => Word();
        public static LocalizedText TaskCount => Word();
        public static LocalizedText Signature => Word();
        public static LocalizedText SignedBy => Word();
        public static LocalizedText Sealed => Word();
        public static LocalizedText Body => Word();
        public static LocalizedText FullTimeStaff => Word();
        public static LocalizedText HostedBy => Word();
        public static LocalizedText DecisionRule => Word();
        public static LocalizedText SeatCount => Word();
        public static LocalizedText ExternalLiability => Word();
        public static LocalizedText FundMeasures => Word();
        public static LocalizedText Covers => Word();
        public static LocalizedText Oversight => Word();
        public static LocalizedText Custodian => Word();
        public static LocalizedText FundSource => Word();
        public static LocalizedText SupervisedBy => Word();
        public static LocalizedText Background => Word();
        public static LocalizedText Ownership => Word();
        public static LocalizedText Licensing => Word();
        public static LocalizedText RevenueSharing => Word();
        public static LocalizedText BreachLiability => Word();
        public static LocalizedText Admission => Word();
        public static LocalizedText ExternalCooperation => Word();
        public static LocalizedText Dissemination => Word();
        public static LocalizedText GovernmentFundedSharing => Word();
        public static LocalizedText Withdrawal => Word();
        public static LocalizedText NoticeDays => Word();
        public static LocalizedText Dissolution => Word();
        public static LocalizedText DisputeResolution => Word();
        public static LocalizedText PilotApplication => Word();
        public static LocalizedText PilotMaterials => Word();
        public static LocalizedText SummaryComment => Word();
        public static LocalizedText UnplacedFindings => Word();
        public static LocalizedText Separator => Word();

        /// <summary>How the review states a verdict: <c>Compliant, with warnings</c>, <c>合规但有警告</c>.</summary>
        public static LocalizedText Of(Verdict verdict) => Get("Review.Verdict." + WireNames.Of(verdict));

        /// <summary>How the review states a condition's status: <c>Not met</c>, <c>不符合</c>.</summary>
        public static LocalizedText Of(ConditionStatus status) => Get("Review.Status." + WireNames.Of(status));

        /// <summary>How the review names a severity: <c>Error</c>, <c>错误</c>.</summary>
        public static LocalizedText Of(Severity severity) => Get("Review.Severity." + WireNames.Of(severity));

        /// <summary>How the review names a value of the agreement format in words (not as it is typed): <c>research institute</c>, <c>科研机构</c>.</summary>
        public static LocalizedText Of<TEnum>(TEnum value)
            where TEnum : struct, Enum => Get($"Review.Value.{typeof(TEnum).Name}.{EnumNames.Write(value)}");

        private static LocalizedText Word([CallerMemberName] string key = "") => Get("Review." + key);
    }

    public static class Tag
    {
        public static LocalizedText Mapping => Word();
        public static LocalizedText List => Word();
        public static LocalizedText Single => Word();
        public static LocalizedText NotNull => Word();
        public static LocalizedText NotBool => Word();
        public static LocalizedText NotInt => Word();
        public static LocalizedText NotFloat => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Get("Tag." + key);
    }

    public static class FileKinds
    {
        public static LocalizedText Directory => Word();
        public static LocalizedText Fifo => Word();
        public static LocalizedText Device => Word();
        public static LocalizedText Socket => Word();
        public static LocalizedText Other => Word();
        public static LocalizedText NameNotUtf8 => Word();
        public static LocalizedText CannotLookAt => Word();
        public static LocalizedText CannotSearch => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Get("FileKinds." + key);
    }
}
