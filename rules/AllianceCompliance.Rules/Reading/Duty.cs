namespace AllianceCompliance.Rules.Reading;

/// <summary>What a clause value is for: the duty it has to settle. The vocabulary names them in kebab case (<c>revenue-sharing</c>).</summary>
internal enum Duty
{
    /// <summary><c>agreement.goals[].statement</c> and <c>measure</c>: a specific goal and how it is measured (Art. 8(2)).</summary>
    Goal,

    /// <summary><c>funds.managementMeasures.document</c>: the fund management measures (Art. 8(4)).</summary>
    FundMeasures,

    /// <summary><c>funds.oversight.mechanism</c>: the internal oversight of the funds (Art. 8(4)).</summary>
    FundOversight,

    /// <summary><c>intellectualProperty.background</c>: members' prior IP.</summary>
    BackgroundIp,

    /// <summary><c>intellectualProperty.ownership</c>: who owns the results (Art. 8(5)).</summary>
    Ownership,

    /// <summary><c>intellectualProperty.licensing</c>: on what terms results are licensed (Art. 8(5)).</summary>
    Licensing,

    /// <summary><c>intellectualProperty.revenueSharing.text</c>: how revenue is distributed (Art. 8(5)).</summary>
    RevenueSharing,

    /// <summary><c>agreement.breachLiability</c>: liability for breach (Art. 8(5)).</summary>
    BreachLiability,

    /// <summary><c>openness.admission</c>: admitting new members (Art. 8(6)).</summary>
    Admission,

    /// <summary><c>openness.externalCooperation</c>: cooperation with outside organisations (Art. 8(6)).</summary>
    ExternalCooperation,

    /// <summary><c>openness.dissemination</c>: disseminating results (Art. 8(6)).</summary>
    Dissemination,

    /// <summary><c>openness.governmentFundedSharing</c>: sharing outcomes of government-funded projects outside the alliance (Art. 8(6)).</summary>
    GovernmentFundedSharing,

    /// <summary><c>agreement.withdrawal.text</c>: how a member withdraws.</summary>
    Withdrawal,

    /// <summary><c>agreement.dissolution.conditions</c> and <c>procedure</c>: when and how the alliance dissolves.</summary>
    Dissolution,

    /// <summary><c>agreement.dissolution.liquidation</c>: how it is liquidated.</summary>
    Liquidation,

    /// <summary><c>agreement.disputeResolution</c>: its method, forum and text, read together.</summary>
    Dispute,

    /// <summary><c>members[].standing</c>: an enterprise's evidence of a leading position (Art. 8(1)).</summary>
    Standing,

    /// <summary><c>members[].expertise</c>: a university's or institute's evidence of frontier expertise (Art. 8(1)).</summary>
    Expertise,

    /// <summary><c>agreement.tasks[].work</c>: what a member does, its share of the division of tasks (Art. 8(2)).</summary>
    Task,

    /// <summary><c>agreement.withdrawal.fundedProjects</c> and <c>dissolution.fundedProjects</c>: how government-funded projects are adjusted.</summary>
    FundedProjects,

    /// <summary><c>agreement.forceMajeure</c>: the force majeure clause.</summary>
    ForceMajeure,

    /// <summary><c>agreement.amendment</c>: how the agreement is amended.</summary>
    Amendment,

    /// <summary><c>agreement.notices</c>: how notices are served.</summary>
    Notices,

    /// <summary><c>agreement.governingLaw</c>: the law that governs the agreement.</summary>
    GoverningLaw,

    /// <summary><c>funds.sources[].supervisedBy</c> of a government grant: the authority that supervises its use (Art. 8(4)).</summary>
    GrantSupervisor,

    /// <summary><c>funds.managementMeasures.reportedTo</c>: the authority the fund measures are reported to.</summary>
    FundReporting,

    /// <summary><c>agreement.annexes[].title</c>: what an annex the clauses refer to contains.</summary>
    Annex,

    /// <summary><c>members[].legalPerson.representative</c>: the member's legal representative, who signs for it (Art. 8(2)).</summary>
    Representative,

    /// <summary><c>agreement.signatures[].signatory</c>: who signed for the member (Art. 8(2)).</summary>
    Signatory,

    /// <summary><c>agreement.title</c>: read only for a declaration that the agreement is not binding (合作意向书（不具法律约束力）).</summary>
    Title,

    /// <summary><c>governance.bodies[].decisionRule.quorum</c> and <c>majority</c> of a decision body: how it decides (Art. 8(3)).</summary>
    DecisionRule,
}
