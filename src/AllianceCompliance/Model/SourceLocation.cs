namespace AllianceCompliance.Model;

/// <summary>
/// Where a value stands in its agreement file: a JSONPath-style pointer such as
/// <c>$.members[1].legalPerson.creditCode</c> and a 1-based line and column.
/// </summary>
/// <param name="Path">The JSONPath-style pointer to the value.</param>
/// <param name="Line">The 1-based line of the value's first character.</param>
/// <param name="Column">The 1-based column of the value's first character.</param>
/// <remarks>
/// The loader records a location for every field it reads, and few of them are ever reported: a
/// location it creates holds its parent and key and builds its path when the path is first read
/// (that was one string per field, about a tenth of the loader's allocation). Equality compares
/// the path, line and column, however the location was created.
/// </remarks>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    private readonly SourceLocation? parent;
    private readonly string? key;
    private readonly int index = -1;
    private string? path = Path;

    /// <summary>A location below <paramref name="parent"/>: <c>parent.key</c>, or <c>parent.key[index]</c> when the index is not negative.</summary>
    internal SourceLocation(SourceLocation parent, string key, int index, int line, int column)
        : this(null!, line, column)
    {
        this.parent = parent;
        this.key = key;
        this.index = index;
    }

    /// <summary>The location of the document root, for findings about the file as a whole.</summary>
    public static SourceLocation Root { get; } = new("$", 1, 1);

    /// <summary>The JSONPath-style pointer to the value.</summary>
    public string Path
    {
        get => path ??= BuildPath();
        init => path = value;
    }

    /// <summary>The location of a key below this one that the document does not contain, pointing at this node.</summary>
    /// <param name="key">The camelCase key.</param>
    /// <returns>A location whose path names the key and whose position is this node's.</returns>
    public SourceLocation Child(string key) => new(this, key, -1, Line, Column);

    /// <inheritdoc />
    public bool Equals(SourceLocation? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Line == other.Line && Column == other.Column && string.Equals(Path, other.Path, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Path, Line, Column);

    /// <inheritdoc />
    public override string ToString() => $"{Path} ({Line}:{Column})";

    private string BuildPath() =>
        index < 0 ? $"{parent!.Path}.{key}" : $"{parent!.Path}.{key}[{index}]";
}
