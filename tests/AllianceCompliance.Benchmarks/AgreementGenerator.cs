using System.Globalization;
using System.Text;
using AllianceCompliance.Model;

namespace AllianceCompliance.Benchmarks;

/// <summary>
/// Writes valid agreements of any size as YAML text: every member has a well-formed credit code with
/// the right check character and registration category, a task, a signature by its legal
/// representative and a revenue share; every reference names a member. The result meets the rules of
/// condition 8.1 and the loader's reference checks, so the rules do the work of a real, clean agreement.
/// </summary>
public static class AgreementGenerator
{
    /// <summary>The size the issue calls typical (10 to 30 members).</summary>
    public const int Typical = 20;

    /// <summary>An agreement with the given number of members.</summary>
    public static string Generate(int members, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(members, 2);
        var goals = Math.Max(1, members / 10);
        var yaml = new StringBuilder(members * 700 + 4096);
        void Line(string text) => yaml.Append(text).Append('\n');

        Line("format: alliance-agreement/v1");
        Line("alliance:");
        Line($"  name: Generated Technology Innovation Strategic Alliance {seed}");
        Line("  industry: coatings");
        Line("  technologyFields: [waterborne coatings, powder coatings]");
        Line("  established: 2012-08-29");
        Line($"  leadMember: {Id(0)}");

        Line("members:");
        for (var i = 0; i < members; i++)
        {
            var kind = KindOf(i);
            var (kindName, certificate, merit) = kind switch
            {
                MemberKind.Enterprise => ("enterprise", "business-license", $"standing: Top ten domestic producer in segment {i}"),
                MemberKind.University => ("university", "institution-certificate", $"expertise: National key laboratory number {i}"),
                _ => ("research-institute", "institution-certificate", $"expertise: Engineering research centre number {i}"),
            };
            Line($"  - id: {Id(i)}");
            Line($"    name: \"Generated Member {seed}-{i} {(kind == MemberKind.Enterprise ? "Co., Ltd." : "Institution")}\"");
            Line($"    kind: {kindName}");
            Line($"    address: No. {i + 1} Example Road, Tianjin");
            Line($"    legalPerson: {{ independent: true, creditCode: \"{CreditCodeOf(kind, seed, i)}\", representative: Representative {i}, certificate: {certificate} }}");
            Line($"    {merit}");
        }

        Line("agreement:");
        Line("  title: Alliance Agreement");
        Line("  clause: Preamble");
        Line("  governingLaw: Civil Code of the People's Republic of China");
        Line("  effectiveFrom: 2012-08-29");
        Line("  term: { from: 2012-08-29, to: 2017-08-28 }");
        Line("  goals:");
        for (var g = 0; g < goals; g++)
        {
            Line($"    - {{ id: G{g + 1}, statement: Develop product line {g + 1}, measure: Two products certified to the national standard, due: 2015-12-31 }}");
        }

        Line("  tasks:");
        for (var i = 0; i < members; i++)
        {
            Line($"    - {{ member: {Id(i)}, goal: G{(i % goals) + 1}, work: Work package {i + 1} }}");
        }

        Line("  signatures:");
        for (var i = 0; i < members; i++)
        {
            Line($"    - {{ member: {Id(i)}, signatory: Representative {i}, capacity: legal-representative, date: 2012-08-29, sealed: true }}");
        }

        Line("  breachLiability: { clause: Art. 30, text: The council may expel a member in breach; funds paid to it are recovered }");
        Line("  withdrawal: { clause: Art. 14, noticeDays: 30, text: Written notice to the council }");
        Line("  dissolution: { clause: Art. 28, conditions: Goals met or term expired, procedure: Council resolution, liquidation: Assets shared pro rata to contributions }");
        Line("  disputeResolution: { clause: Art. 33, method: arbitration, forum: China International Economic and Trade Arbitration Commission }");

        Line("governance:");
        Line("  clause: Art. 5");
        Line($"  externalLiabilityEntity: {Id(0)}");
        Line("  bodies:");
        var council = string.Join(", ", Enumerable.Range(0, Math.Min(members, 15)).Select(Id));
        Line($"    - {{ id: council, role: decision, name: Council, members: [{council}], decisionRule: {{ quorum: 2/3, majority: 2/3 }}, meetingsPerYear: 2 }}");
        Line("    - { id: experts, role: consultation, name: Expert Committee }");
        Line($"    - {{ id: secretariat, role: execution, name: Secretariat, hostedBy: {Id(0)}, fullTimeStaff: 3 }}");

        Line("funds:");
        Line("  managementMeasures: { clause: Art. 20, document: Alliance Fund Management Measures, covers: [organisation, matching, use, supervision, accountability, ip-sharing, audit] }");
        Line("  oversight: { clause: Art. 21, mechanism: Annual audit reported to the council }");
        Line($"  custodian: {Id(0)}");
        Line("  sources:");
        for (var i = 0; i < Math.Min(members, 30); i += 3)
        {
            Line($"    - {{ kind: member-contribution, from: {Id(i)}, amount: 2000000 }}");
        }

        Line("    - { kind: government-grant, from: Ministry of Science and Technology, amount: 5000000, supervisedBy: Ministry of Science and Technology }");

        Line("intellectualProperty:");
        Line("  clause: Art. 22");
        Line("  background: Each member keeps its prior IP; use inside alliance projects only");
        Line("  ownership: Results belong to the member that made them; joint results are jointly owned");
        Line("  licensing: Members get a royalty-free licence for alliance projects; others on fair terms");
        Line("  revenueSharing:");
        Line("    text: Net income shared in proportion to contribution");
        Line("    shares:");
        // Shares in hundredths of a percent, summing to exactly 100.
        var unit = 10_000 / members;
        var extra = 10_000 - (unit * members);
        for (var i = 0; i < members; i++)
        {
            var hundredths = unit + (i < extra ? 1 : 0);
            Line($"      - {{ member: {Id(i)}, percent: {(hundredths / 100m).ToString(CultureInfo.InvariantCulture)} }}");
        }

        Line("openness:");
        Line("  admission: { clause: Art. 12, text: Applicants meeting the criteria join on a council resolution }");
        Line("  externalCooperation: Annual open forum with industry associations");
        Line("  dissemination: Results published on the alliance platform");
        Line("  governmentFundedSharing: Outcomes of government-funded projects are licensed to non-members on fair terms");
        Line("application:");
        Line("  submitted: 2012-10-01");
        Line("  materials: [agreement-text, application-form, necessity-statement, member-certificates, powers-of-attorney]");
        return yaml.ToString();
    }

    private static string Id(int index) => $"m{index:D5}";

    // The lead (member 0) is an enterprise; then universities and institutes in turn with enterprises.
    private static MemberKind KindOf(int index) => (index % 3) switch
    {
        0 => MemberKind.Enterprise,
        1 => MemberKind.University,
        _ => MemberKind.ResearchInstitute,
    };

    /// <summary>A GB 32100-2015 code: category (91 enterprise, 12 institution), division, a unique organisation code, check character.</summary>
    private static string CreditCodeOf(MemberKind kind, int seed, int index)
    {
        var category = kind == MemberKind.Enterprise ? "91" : "12";
        var body = $"{category}120000{seed % 100:D2}{index:D7}";
        return body + CreditCode.ExpectedCheckCharacter(body);
    }
}
