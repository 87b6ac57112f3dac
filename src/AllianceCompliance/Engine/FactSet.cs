using AllianceCompliance.Model;

namespace AllianceCompliance.Engine;

/// <summary>
/// The facts an agreement is inserted as: one per thing it describes (member, lead unit, goal,
/// task, signature, body, consortium, fund source, revenue share, and each section), the
/// alliance's executive body, plus the indexes that let
/// rules join a member with its signatures and tasks without a join over every pair.
/// </summary>
internal static class FactSet
{
    public static List<object> Of(AgreementDocument document)
    {
        var facts = new List<object>(document.Members.Length * 4 + 16);
        void Add(object? fact)
        {
            if (fact is not null)
            {
                facts.Add(fact);
            }
        }

        Add(document.Alliance);
        var leads = document.Alliance?.LeadMembers ?? [];
        for (var i = 0; i < leads.Length; i++)
        {
            facts.Add(new LeadUnit(leads[i]) { Location = document.Alliance!.LeadAt(i) });
        }

        facts.AddRange(document.Members);
        facts.Add(new Roster(document.Members, document.At("members")));

        var agreement = document.Agreement;
        Add(agreement);
        if (agreement is not null)
        {
            facts.AddRange(agreement.Goals);
            facts.AddRange(agreement.Tasks);
            facts.AddRange(agreement.Signatures);
            facts.Add(new SignaturePage(agreement.Signatures));
            facts.Add(new TaskAllocation(agreement.Tasks));
            Add(agreement.Term);
            Add(agreement.Withdrawal);
            Add(agreement.Dissolution);
            Add(agreement.DisputeResolution);
        }

        Add(document.Governance);
        facts.AddRange(document.Governance?.Bodies ?? []);
        Add(ExecutiveBodyOf(document.Governance));
        facts.AddRange(document.Consortia.IsDefault ? [] : document.Consortia);

        Add(document.Funds);
        Add(document.Funds?.ManagementMeasures);
        Add(document.Funds?.Oversight);
        facts.AddRange(document.Funds?.Sources ?? []);

        Add(document.IntellectualProperty);
        Add(document.IntellectualProperty?.RevenueSharing);
        facts.AddRange(document.IntellectualProperty?.RevenueSharing?.Shares ?? []);

        Add(document.Openness);
        Add(document.Application);
        return facts;
    }

    /// <summary>The body <c>governance.executiveBody</c> names, else the only execution body; null when there is none, or several and none is named.</summary>
    private static ExecutiveBody? ExecutiveBodyOf(Governance? governance)
    {
        if (governance is null)
        {
            return null;
        }

        if (governance.ExecutiveBody is { } id)
        {
            return governance.Bodies.FirstOrDefault(b => b.Id == id) is { } named ? new ExecutiveBody(named, Named: true) : null;
        }

        var execution = governance.Bodies.Where(b => b.Role == BodyRole.Execution).Take(2).ToList();
        return execution.Count == 1 ? new ExecutiveBody(execution[0], Named: false) : null;
    }
}
