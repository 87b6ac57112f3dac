namespace AllianceCompliance.Loading;

/// <summary>
/// Bounds that keep a hostile file from hurting the checker. Agreements are small and shallow;
/// anything beyond these limits is refused with a located finding before it is parsed.
/// </summary>
public sealed record LoadLimits
{
    /// <summary>The default limits: 16 MiB, 64 levels of nesting.</summary>
    public static LoadLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes. A 10,000-member agreement takes about 5 MiB.</summary>
    public long MaxBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and sequences accepted. Agreements need six levels.</summary>
    public int MaxDepth { get; init; } = 64;
}
