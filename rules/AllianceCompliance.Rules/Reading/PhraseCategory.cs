namespace AllianceCompliance.Rules.Reading;

/// <summary>What a phrase of the vocabulary says about the duty it bears on.</summary>
internal enum PhraseCategory
{
    /// <summary>The term is left open: a placeholder (待定, TBD), or a whole value that says nothing (无, N/A).</summary>
    Open,

    /// <summary>The term is put off to a later agreement that the text does not name (另行约定, to be agreed).</summary>
    Deferred,

    /// <summary>Details are left to project contracts or later rules (具体比例在项目合同中约定).</summary>
    DetailsDeferred,

    /// <summary>The text refuses the duty (不再吸收新成员, not shared outside the alliance).</summary>
    Refusal,

    /// <summary>A reference to an annex (见附件3, see Annex 2): the term is left open unless the annex is listed in <c>agreement.annexes</c>.</summary>
    Annex,

    /// <summary>The dispute goes to arbitration.</summary>
    Arbitration,

    /// <summary>The dispute goes to a court.</summary>
    Litigation,

    /// <summary>
    /// The agreement declares itself not binding (不具有法律约束力, 合作意向书, non-binding, letter of
    /// intent): read in every value, whatever its duty, since the declaration may stand anywhere.
    /// </summary>
    NotBinding,

    /// <summary>
    /// The text takes on the duty in words the checker knows (加入, 吸纳, admit; 共享, 联盟外, non-members):
    /// a text of an openness duty with none of them, and nothing else flagged, may not take it on.
    /// </summary>
    Commitment,
}
