using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>The agreement divides the tasks among the member units: each member has a share of the work.</summary>
internal sealed class MemberWithoutTask : ComplianceRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC205", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Member has no task", "成员没有分工任务"),
        new("Member {0} has no task in the division of tasks.",
            "成员{0}在任务分工中没有承担任何任务。"),
        new("Add a task for the member under 'agreement.tasks', naming the goal it serves and the work it does.",
            "在 agreement.tasks 中为该成员补充任务，写明所服务的目标和承担的工作。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(
            Why.Art8Goals,
            "a member with no task has no share in the division of tasks among member units.",
            "没有任务的成员未落实任务分工。"),
    };

    public override RuleDescriptor Descriptor => Rule;

    internal override Func<AgreementDocument, IEnumerable<object>>? DerivedFacts => SameEntity.Derive;

    public override void Define()
    {
        Agreement agreement = null!;
        TaskAllocation allocation = null!;
        Member member = null!;
        When()
            .Match(() => agreement)
            .Match(() => allocation)
            .Match(() => member, m => !allocation.HasTask(m.Id))
            .Not<RepeatedListing>(r => ReferenceEquals(r.Member, member));
        Then().Yield(_ => Rule.At(member.Location, agreement.Clause, Names.Of(member)));
    }
}
