using System.Collections.Immutable;

namespace AllianceCompliance.Findings;

/// <summary>A condition a report assesses, with its title and the source it comes from.</summary>
/// <param name="Id">Its fixed id, one of <see cref="ConditionId.All"/>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Source">The provision it encodes.</param>
public sealed record Condition(string Id, LocalizedText Title, string Source)
{
    /// <summary>Every condition, in report order.</summary>
    public static ImmutableArray<Condition> All { get; } =
    [
        new(ConditionId.LegalEntities, new("Independent legal entities", "独立法人组成"), "Guiding Opinions Art. 8(1)"),
        new(ConditionId.Agreement, new("Binding, signed agreement", "具有法律约束力的联盟协议"), "Guiding Opinions Art. 8(2)"),
        new(ConditionId.Organisation, new("Decision, consultation and execution bodies", "决策、咨询和执行机构"), "Guiding Opinions Art. 8(3)"),
        new(ConditionId.Funds, new("Fund management and oversight", "经费管理与监督"), "Guiding Opinions Art. 8(4)"),
        new(ConditionId.Interests, new("Interests: IP, licensing, revenue sharing", "利益保障：知识产权、许可与收益分配"), "Guiding Opinions Art. 8(5)"),
        new(ConditionId.Openness, new("Open development", "开放发展"), "Guiding Opinions Art. 8(6)"),
        new(ConditionId.Clauses, new("General agreement clauses", "协议一般条款"), "Agreement templates; pilot procedure"),
        new(ConditionId.Pilot, new("Pilot application dossier", "试点申请材料"), "Pilot procedure (2013), application (1)"),
    ];

    /// <summary>The condition with the given id.</summary>
    /// <param name="id">One of <see cref="ConditionId.All"/>.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">The id is not a condition.</exception>
    public static Condition Get(string id) =>
        All.FirstOrDefault(c => c.Id == id) ?? throw new ArgumentException($"No condition '{id}'.", nameof(id));
}
