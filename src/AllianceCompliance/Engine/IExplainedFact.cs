using AllianceCompliance.Findings;

namespace AllianceCompliance.Engine;

/// <summary>A fact that is not a part of the agreement (such as the reading of a clause) and says for <c>--explain</c> what it is.</summary>
internal interface IExplainedFact
{
    /// <summary>The fact described for a reviewer, on one line, in each language.</summary>
    LocalizedText Explain();
}
