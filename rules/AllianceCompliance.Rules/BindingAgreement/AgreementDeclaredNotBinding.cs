using AllianceCompliance.Engine;
using AllianceCompliance.Findings;
using AllianceCompliance.Rules.Reading;
using NRules.Fluent.Dsl;

namespace AllianceCompliance.Rules.BindingAgreement;

/// <summary>
/// An agreement that declares itself not binding (不具有法律约束力, 合作意向书, non-binding, letter of
/// intent), in its title or any clause, is not the legally binding alliance agreement Art. 8(2) requires.
/// </summary>
internal sealed class AgreementDeclaredNotBinding : ReadingRule
{
    public static readonly RuleDescriptor Rule = new(
        "AC235", ConditionId.Agreement, Severity.Error, Cite.Art8Item2,
        new("Agreement declared not binding", "协议声明不具有法律约束力"),
        new("The agreement's text declares it not binding: '{0}'.",
            "协议文本声明其不具有约束力：“{0}”。"),
        new("Art. 8(2) requires a legally binding alliance agreement. Delete the declaration (and a title such as letter of intent or memorandum of understanding) and sign the agreement as binding on every member; a statement that it does not bind third parties, or that a single forecast or plan is indicative, may stay.",
            "第八条第（二）项要求有具有法律约束力的联盟协议。请删除该声明（以及“意向书”“备忘录”等名称），使协议对全体成员具有约束力；声明协议对第三方不具有约束力，或某项预测、计划仅供参考的，可以保留。"))
    {
        Basis = RuleBasis.Mandatory,
        Rationale = Why.Error(Why.Art8Goals, "an agreement that declares itself not binding is not a legally binding agreement.", "声明不具有法律约束力的协议不是具有法律约束力的联盟协议。"),
        Phrases = Reacts.ToNotBinding(),
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Define()
    {
        ClauseReading reading = null!;
        When().Match(() => reading, r => r.NotBinding != null);
        Then().Yield(_ => Rule.At(reading.NotBinding!.Location, reading.Clause, reading.NotBinding!.Phrase));
    }
}
