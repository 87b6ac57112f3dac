namespace AllianceCompliance.Findings;

/// <summary>A language reports are written in.</summary>
public enum Language
{
    /// <summary>English (<c>en</c>).</summary>
    English,

    /// <summary>Simplified Chinese (<c>zh-CN</c>).</summary>
    Chinese,
}
