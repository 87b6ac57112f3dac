using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.Interests;

/// <summary>An IP term whose principle is agreed and whose details are left to project contracts or the council: a warning quoting the deferral.</summary>
internal sealed class InterestDetailsDeferred : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC541", ConditionId.Interests, Severity.Warning, Cite.Art8Item5,
        new("Details of an IP term left to be settled later", "知识产权条款细节留待以后确定"),
        new("The text agrees the principle of the {0} and leaves the details to be settled later: '{1}'.",
            "条款仅约定了{0}的原则，具体内容留待以后确定：“{1}”。"),
        new("Art. 8(5) asks for these terms to be defined 'in advance through an agreement': make sure the project contract or the council's decision that settles the details is made before the project starts, or write the shares, rates or method of calculation here.",
            "第八条第（五）项要求事先通过协议明确：请确保约定具体内容的项目合同或理事会决定在项目启动前作出，或直接在此写明比例、费率或计算方法。"))
    {
        Basis = RuleBasis.Guidance,
        Rationale = Why.Warning(Why.Art8Interests, "the principle is agreed; project contracts or a council decision made before the work may settle the details in advance.", "原则已约定；在工作开始前签订的项目合同或作出的理事会决定仍可事先约定细节。"),
        Phrases = Reacts.ToDetailsDeferred(Duty.BackgroundIp, Duty.Ownership, Duty.Licensing, Duty.RevenueSharing, Duty.BreachLiability),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => !r.SharesListed && (r.Duty == Duty.BackgroundIp || r.Duty == Duty.Ownership || r.Duty == Duty.Licensing || r.Duty == Duty.RevenueSharing || r.Duty == Duty.BreachLiability) && r.DetailsDeferral != null);
        Then().Yield(_ => At(Rule, RuleWords.Fix.InterestDetailsDeferred, reading, reading.DetailsDeferral!.Location, reading.DutyName, reading.DetailsDeferral!.Phrase));
    }
}
