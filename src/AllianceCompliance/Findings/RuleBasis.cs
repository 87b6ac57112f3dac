namespace AllianceCompliance.Findings;

/// <summary>
/// What a rule rests on, and so why its findings are errors or warnings: only a mandatory
/// requirement of a source or a statute makes a draft non-compliant.
/// </summary>
public enum RuleBasis
{
    /// <summary>A mandatory requirement of the Guiding Opinions Art. 8 or of the pilot procedure's dossier: an error.</summary>
    Mandatory,

    /// <summary>A statute or national standard (Civil Code, Arbitration Law, Company Law, GB 32100-2015).</summary>
    Statute,

    /// <summary>A guiding or permissive sentence of a source ("should", "may"), or a secondary source: a warning.</summary>
    Guidance,

    /// <summary>Good drafting practice of agreement templates: a warning.</summary>
    Practice,

    /// <summary>What the summary should record so that a mandatory requirement can be checked; a gap may only be a gap in recording: a warning.</summary>
    Recording,
}
