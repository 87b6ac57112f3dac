using System.Runtime.CompilerServices;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Rules;

/// <summary>
/// The words the rules put into their messages besides their descriptors' own texts: names of
/// kinds, topics and materials, the parts of a message that vary with the finding, and how a list
/// is joined. They live in one string table per language, <c>Resources/English.resx</c> and
/// <c>Resources/Chinese.resx</c> (same keys; a test checks both ways), read as the product's own
/// words are (<see cref="StringTable"/>); one property per text, named as its key.
/// </summary>
/// <remarks>
/// A rule's title, message, remediation, citation and rationale stay in its descriptor, in both
/// languages, where the rule catalogue reads them (rules/AUTHORING.md).
/// </remarks>
internal static class RuleWords
{
    private static readonly StringTable Table = new(typeof(RuleWords).Assembly, "AllianceCompliance.Rules.Resources");

    /// <summary>Every key of a language's table (for the tests).</summary>
    public static IEnumerable<string> Keys(Language language) => Table.Keys(language);

    /// <summary>The text of a key in one language (for the tests).</summary>
    public static string Get(string key, Language language) => Table.Get(key, language);

    /// <summary>Between the items of a list but the last two: ", " / "、".</summary>
    public static LocalizedText ListSeparator => Word();

    /// <summary>Between the last two items of a list: " and " / "和".</summary>
    public static LocalizedText ListLastSeparator => Word();

    private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get(key);

    /// <summary>A kind of member, as a message names it (<c>Member X is an enterprise</c>).</summary>
    public static class Kind
    {
        public static LocalizedText Enterprise => Word();
        public static LocalizedText University => Word();
        public static LocalizedText ResearchInstitute => Word();
        public static LocalizedText Other => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Kind." + key);
    }

    /// <summary>A kind of legal-person certificate.</summary>
    public static class Certificate
    {
        public static LocalizedText BusinessLicense => Word();
        public static LocalizedText InstitutionCertificate => Word();
        public static LocalizedText SocialOrganizationCertificate => Word();
        public static LocalizedText Other => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Certificate." + key);
    }

    /// <summary>The kinds of member that bring expertise, at the start of a sentence.</summary>
    public static class Expertise
    {
        public static LocalizedText University => Word();
        public static LocalizedText ResearchInstitute => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Expertise." + key);
    }

    /// <summary>The topics of fund management measures, each with the value to write in <c>covers</c>.</summary>
    public static class FundTopic
    {
        public static LocalizedText Organisation => Word();
        public static LocalizedText Matching => Word();
        public static LocalizedText Use => Word();
        public static LocalizedText Supervision => Word();
        public static LocalizedText Accountability => Word();
        public static LocalizedText IpSharing => Word();
        public static LocalizedText Budget => Word();
        public static LocalizedText Audit => Word();

        /// <summary>The measures' document after their name: <c> ('{0}')</c> / <c>（《{0}》）</c>.</summary>
        public static LocalizedText MeasuresDocument => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("FundTopic." + key);
    }

    /// <summary>The materials of a pilot application, each with the value to write in <c>materials</c>.</summary>
    public static class PilotMaterial
    {
        public static LocalizedText AgreementText => Word();
        public static LocalizedText ApplicationForm => Word();
        public static LocalizedText NecessityStatement => Word();
        public static LocalizedText MemberCertificates => Word();
        public static LocalizedText PowersOfAttorney => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("PilotMaterial." + key);
    }

    /// <summary>The alliance itself or a part of it, as a name written in the file stands for it.</summary>
    public static class Insider
    {
        /// <summary>The alliance, by what the file wrote for it.</summary>
        public static LocalizedText Alliance => Word();
        public static LocalizedText Member => Word();
        public static LocalizedText Consortium => Word();
        public static LocalizedText Body => Word();

        /// <summary>The alliance itself named as the entity liable externally, by the value written.</summary>
        public static LocalizedText AllianceItself => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Insider." + key);
    }

    /// <summary>What a term leaves out.</summary>
    public static class Term
    {
        public static LocalizedText StartOrEnd => Word();
        public static LocalizedText Start => Word();
        public static LocalizedText End => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Term." + key);
    }

    /// <summary>What a withdrawal clause says of notice.</summary>
    public static class Notice
    {
        public static LocalizedText Unstated => Word();
        public static LocalizedText None => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Notice." + key);
    }

    /// <summary>What a power of attorney leaves out, and its grantor when it names none.</summary>
    public static class Authorization
    {
        public static LocalizedText ReferenceOrDate => Word();
        public static LocalizedText Reference => Word();
        public static LocalizedText Date => Word();
        public static LocalizedText NoGrantor => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Authorization." + key);
    }

    /// <summary>Who a person named for a member is, by the role the file gives them.</summary>
    public static class Signer
    {
        public static LocalizedText Grantor => Word();
        public static LocalizedText Representative => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Signer." + key);
    }

    /// <summary>What a signature says of the member's seal.</summary>
    public static class Seal
    {
        public static LocalizedText None => Word();
        public static LocalizedText Unrecorded => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Seal." + key);
    }

    /// <summary>What a member's legal-person details leave out.</summary>
    public static class LegalPerson
    {
        public static LocalizedText Details => Word();
        public static LocalizedText Identification => Word();
        public static LocalizedText Independence => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("LegalPerson." + key);
    }

    /// <summary>What a decision body's rule leaves out.</summary>
    public static class DecisionRule
    {
        public static LocalizedText QuorumAndMajority => Word();
        public static LocalizedText Quorum => Word();
        public static LocalizedText Majority => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("DecisionRule." + key);
    }

    /// <summary>What is wrong with a revenue share, or with the shares together.</summary>
    public static class Share
    {
        public static LocalizedText NoPercent => Word();

        /// <summary>The percentage given, outside 0 to 100: <c>{0:0.####}</c>.</summary>
        public static LocalizedText OutOfRange => Word();
        public static LocalizedText MoreThanWhole => Word();
        public static LocalizedText RestUnassigned => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Share." + key);
    }

    /// <summary>
    /// The remediation of one finding of a reading rule that covers several duties: <c>{0}</c> is what
    /// a text of the finding's duty states (the vocabulary files' <c>fixes</c>), so that the fix names
    /// only its own duty; the rule's descriptor keeps the remediation for every duty, for the catalogue.
    /// One key per rule, named as its class.
    /// </summary>
    public static class Fix
    {
        public static LocalizedText ClauseLeftOpen => Word();
        public static LocalizedText FundDetailsDeferred => Word();
        public static LocalizedText FundTermLeftOpen => Word();
        public static LocalizedText InterestDetailsDeferred => Word();
        public static LocalizedText InterestTermLeftOpen => Word();
        public static LocalizedText OpennessDetailsDeferred => Word();
        public static LocalizedText OpennessDutyNotTakenOn => Word();
        public static LocalizedText OpennessDutyRefused => Word();
        public static LocalizedText OpennessProvisionLeftOpen => Word();

        private static LocalizedText Word([CallerMemberName] string key = "") => Table.Get("Fix." + key);
    }
}
