namespace AllianceCompliance.Loading;

/// <summary>
/// Bounds that keep a hostile file from hurting the checker. Agreements are small and shallow;
/// anything beyond these limits is refused with a located finding before it is parsed.
/// </summary>
public sealed record LoadLimits
{
    /// <summary>
    /// The deepest <see cref="MaxDepth"/> that may be set. Reading nesting costs YAML's scanner more
    /// than linear time in the depth, so the depth it may be asked to read is bounded.
    /// </summary>
    public const int MaxDepthCap = 1000;

    private readonly long maxBytes = 16 * 1024 * 1024;
    private readonly int maxDepth = 64;

    /// <summary>The default limits: 16 MiB, 64 levels of nesting.</summary>
    public static LoadLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes (0 or more). A 10,000-member agreement takes about 5 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long MaxBytes
    {
        get => maxBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            maxBytes = value;
        }
    }

    /// <summary>The deepest nesting of mappings and sequences accepted, from 0 to <see cref="MaxDepthCap"/>. Agreements need six levels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or over <see cref="MaxDepthCap"/>.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDepthCap);
            maxDepth = value;
        }
    }
}
