using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>A dispute clause whose forum or text lets a dispute go to arbitration and to a court leaves the arbitration agreement void (AC711 reads the method alone).</summary>
internal sealed class DisputeBothWays : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC740", ConditionId.Clauses, Severity.Error, Cite.ArbitrationLaw,
        new("Dispute clause allows arbitration and a court", "争议解决条款同时允许仲裁和诉讼"),
        new("The dispute clause lets a dispute go to arbitration ('{0}') and to a court ('{1}'); such an arbitration agreement is void, and disputes go to court.",
            "争议解决条款既允许提交仲裁（“{0}”）又允许向法院起诉（“{1}”）；此类仲裁协议无效，争议将由法院管辖。"),
        new("Choose one. For arbitration: name only the commission (e.g. 'submitted to the China International Economic and Trade Arbitration Commission for arbitration') and remove the court; a court may still enforce the award or grant interim measures. For litigation: remove the arbitration and name the court.",
            "二者选其一。选择仲裁的，只写明仲裁委员会（如“提交中国国际经济贸易仲裁委员会仲裁”）并删除法院；法院仍可执行仲裁裁决或采取保全措施。选择诉讼的，删除仲裁并写明管辖法院。"))
    {
        Basis = RuleBasis.Statute,
        Rationale = new(
            "PRC Arbitration Law Art. 16 and SPC Interpretation Art. 7: an agreement that disputes may go to arbitration or to a court leaves the arbitration agreement void. Error: a statute makes the clause void, whether the choice is in 'method', 'forum' or the clause's text.",
            "《仲裁法》第十六条及最高人民法院司法解释第七条：约定争议可以申请仲裁也可以起诉的，仲裁协议无效。错误：无论该选择写在 method、forum 还是条款文本中，法律均规定该条款无效。"),
        Phrases = Reacts.ToForums(),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.Duty == Duty.Dispute && r.BothWays != null);
        Then().Yield(_ => Rule.At(reading.BothWays!.Location, reading.Clause, reading.Arbitration!.Said, reading.Litigation!.Said));
    }
}
