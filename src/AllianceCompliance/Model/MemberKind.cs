namespace AllianceCompliance.Model;

/// <summary>What kind of organisation a member is (Guiding Opinions Art. 8(1)).</summary>
public enum MemberKind
{
    /// <summary>An enterprise; written <c>enterprise</c>.</summary>
    Enterprise,

    /// <summary>A university; written <c>university</c>.</summary>
    University,

    /// <summary>A research institute; written <c>research-institute</c>.</summary>
    ResearchInstitute,

    /// <summary>Any other organisation, such as an industry association; written <c>other</c>.</summary>
    Other,
}
