using AllianceCompliance.Model;

namespace AllianceCompliance.Loading;

/// <summary>Reads the sections of an agreement file into the model, one method a node type.</summary>
internal static class AgreementReader
{
    public const string FormatV1 = "alliance-agreement/v1";

    public static AgreementDocument Document(MappingReader r) => new(
        r.Text("format", required: true) ?? string.Empty,
        r.Object("alliance", Alliance, required: true),
        r.List("members", Member, required: true),
        r.Object("agreement", Agreement, required: true),
        r.Object("governance", Governance),
        r.Object("funds", Funds),
        r.Object("intellectualProperty", IntellectualProperty),
        r.Object("openness", Openness),
        r.Object("application", Application),
        r.List("consortia", Consortium));

    private static Alliance Alliance(MappingReader r) => new(
        r.Text("name", required: true),
        r.Text("localName"),
        r.Text("industry"),
        r.TextList("technologyFields"),
        r.Date("established"),
        r.TextOrList("leadMember"),
        r.Text("clause"))
    {
        LegalPerson = r.Object("legalPerson", LegalPerson),
    };

    private static Member Member(MappingReader r, int index) => new(
        index,
        r.Text("id", required: true) ?? string.Empty,
        r.Text("name", required: true),
        r.Text("localName"),
        r.Enum<MemberKind>("kind", required: true),
        r.Text("address"),
        r.Object("legalPerson", LegalPerson),
        r.Text("standing"),
        r.Text("expertise"),
        r.Text("clause"))
    {
        Joined = r.Date("joined"),
    };

    private static LegalPerson LegalPerson(MappingReader r) => new(
        r.Bool("independent"),
        r.Text("creditCode"),
        r.Text("representative"),
        r.Enum<CertificateKind>("certificate"))
    {
        Registration = r.Object("registration", g => new ForeignRegistration(g.Text("country"), g.Text("number"))),
    };

    private static Agreement Agreement(MappingReader r) => new(
        r.Text("title"),
        r.Text("clause"),
        r.Text("governingLaw"),
        r.Date("effectiveFrom"),
        r.Object("term", t => new Term(t.Date("from"), t.Date("to"), t.Text("clause"))),
        r.List("goals", Goal),
        r.List("tasks", Task),
        r.List("signatures", Signature),
        r.ClauseText("breachLiability"),
        r.Object("withdrawal", w => new Withdrawal(w.Text("clause"), w.Int("noticeDays", nonNegative: true), w.Text("text")) { FundedProjects = w.Text("fundedProjects") }),
        r.Object("dissolution", Dissolution),
        r.Object("disputeResolution", DisputeResolution))
    {
        ForceMajeure = r.ClauseText("forceMajeure"),
        Amendment = r.ClauseText("amendment"),
        Notices = r.ClauseText("notices"),
        Annexes = r.List("annexes", Annex),
    };

    private static Annex Annex(MappingReader r, int index) => new(index, r.Text("id", required: true), r.Text("title"));

    private static Goal Goal(MappingReader r, int index) => new(
        index, r.Text("id", required: true) ?? string.Empty, r.Text("statement"), r.Text("measure"), r.Date("due"), r.Text("clause"));

    private static TaskAssignment Task(MappingReader r, int index) => new(
        index, r.Text("member", required: true), r.Text("goal"), r.Text("work"), r.Text("consortium"), r.Text("clause"));

    private static Signature Signature(MappingReader r, int index) => new(
        index,
        r.Text("member", required: true),
        r.Text("signatory"),
        r.Enum<SignatoryCapacity>("capacity"),
        r.Object("authorization", a => new Authorization(a.Text("document"), a.Text("grantedBy"), a.Date("date"))),
        r.Date("date"),
        r.Bool("sealed"),
        r.Text("clause"))
    {
        RepresentativeAtSigning = r.Text("representativeAtSigning"),
    };

    private static Dissolution Dissolution(MappingReader r) => new(
        r.Text("clause"), r.Text("conditions"), r.Text("procedure"), r.Text("liquidation"))
    {
        FundedProjects = r.Text("fundedProjects"),
    };

    private static DisputeResolution DisputeResolution(MappingReader r) => new(
        r.Text("clause"), r.EnumList<DisputeMethod>("method"), r.Text("forum")) { Text = r.Text("text") };

    private static Governance Governance(MappingReader r) => new(
        r.Text("clause"), r.Text("externalLiabilityEntity"), r.List("bodies", Body), r.Text("executiveBody"));

    private static Body Body(MappingReader r, int index) => new(
        index,
        r.Text("id"),
        r.Enum<BodyRole>("role", required: true),
        r.Text("name"),
        r.Text("clause"),
        r.TextList("members"),
        r.Object("decisionRule", d => new DecisionRule(d.Text("quorum"), d.Text("majority"), d.Text("clause"))),
        r.Int("meetingsPerYear", nonNegative: true),
        r.Text("hostedBy"),
        r.Int("fullTimeStaff", nonNegative: true));

    private static Funds Funds(MappingReader r) => new(
        r.Text("clause"),
        r.Object("managementMeasures", m => new FundManagementMeasures(m.Text("clause"), m.Text("document"), m.EnumList<FundTopic>("covers")) { ReportedTo = m.Text("reportedTo") }),
        r.Object("oversight", o => new Oversight(o.Text("clause"), o.Text("mechanism"))),
        r.Text("custodian"),
        r.List("sources", FundSource));

    private static FundSource FundSource(MappingReader r, int index) => new(
        index,
        r.Enum<FundSourceKind>("kind", required: true),
        r.Text("from"),
        r.Number("amount"),
        r.Text("currency") ?? "CNY",
        r.Text("supervisedBy"),
        r.Text("clause"))
    {
        Purpose = r.Enum<GrantPurpose>("purpose"),
    };

    private static IntellectualProperty IntellectualProperty(MappingReader r) => new(
        r.Text("clause"),
        r.Text("background"),
        r.Text("ownership"),
        r.Text("licensing"),
        r.Object("revenueSharing", s => new RevenueSharing(s.Text("text"), s.List("shares", Share), s.Text("clause")) { Remainder = s.Text("remainder") }));

    private static RevenueShare Share(MappingReader r, int index) => new(index, r.Text("member", required: true), r.Number("percent"), r.Text("clause"));

    private static Openness Openness(MappingReader r) => new(
        r.Text("clause"),
        r.ClauseText("admission"),
        r.ClauseText("externalCooperation"),
        r.ClauseText("dissemination"),
        r.ClauseText("governmentFundedSharing"));

    private static PilotApplication Application(MappingReader r) => new(
        r.Date("submitted"),
        r.EnumList<PilotMaterial>("materials"),
        r.Has("certificates") ? r.TextList("certificates") : null,
        r.Text("clause"));

    private static Consortium Consortium(MappingReader r, int index) => new(
        index,
        r.Text("id", required: true),
        r.Text("name"),
        r.Text("localName"),
        r.Text("lead"),
        r.TextList("members"),
        r.TextList("goals"),
        r.Text("clause"));
}
