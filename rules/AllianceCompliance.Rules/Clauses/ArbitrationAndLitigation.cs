using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Clauses;

/// <summary>A clause that lets a party choose arbitration or litigation leaves the arbitration agreement void: it names one, not both.</summary>
internal sealed class ArbitrationAndLitigation : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC711", ConditionId.Clauses, Severity.Error, Cite.ArbitrationLaw,
        new("Both arbitration and litigation named", "同时约定仲裁和诉讼"),
        new("The dispute clause names both arbitration and litigation; under the SPC interpretation such an arbitration agreement is void (unless one party applies for arbitration and the other raises no objection before the first hearing), so a dispute would normally go to court.",
            "争议解决条款同时约定了仲裁和诉讼；依最高人民法院司法解释，此类仲裁协议无效（一方申请仲裁、另一方未在首次开庭前提出异议的除外），争议通常将由法院管辖。"),
        new("Choose one: keep 'arbitration' with the commission in 'forum', or keep 'litigation'; amend the signed clause to match.",
            "二者选其一：保留 arbitration 并在 forum 中写明仲裁委员会，或保留 litigation；并相应修改已签署的条款。"))
    {
        Basis = RuleBasis.Statute,
        Rationale = new(
            "PRC Arbitration Law Art. 16 and SPC Interpretation Art. 7: an agreement that disputes may go to arbitration or to a court leaves the arbitration agreement void, unless a party applied for arbitration and the other raised no objection before the first hearing (Arbitration Law Art. 20(2)). Error: a statute makes the clause void.",
            "《仲裁法》第十六条及最高人民法院司法解释第七条：约定争议可以申请仲裁也可以起诉的，仲裁协议无效，但一方申请仲裁、另一方未在首次开庭前提出异议的除外（仲裁法第二十条第二款）。错误：法律规定该条款无效。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        DisputeResolution dispute = null!;
        When().Match(() => dispute,
            d => d.Methods.Contains(DisputeMethod.Arbitration) && d.Methods.Contains(DisputeMethod.Litigation));
        Then().Yield(_ => Rule.At(dispute.At("method"), dispute.Clause));
    }
}
