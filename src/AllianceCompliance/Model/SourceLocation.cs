namespace AllianceCompliance.Model;

/// <summary>
/// Where a value stands in its agreement file: a JSONPath-style pointer such as
/// <c>$.members[1].legalPerson.creditCode</c> and a 1-based line and column.
/// </summary>
/// <param name="Path">The JSONPath-style pointer to the value.</param>
/// <param name="Line">The 1-based line of the value's first character.</param>
/// <param name="Column">The 1-based column of the value's first character.</param>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>The location of the document root, for findings about the file as a whole.</summary>
    public static SourceLocation Root { get; } = new("$", 1, 1);

    /// <summary>The location of a key below this one that the document does not contain, pointing at this node.</summary>
    /// <param name="key">The camelCase key.</param>
    /// <returns>A location whose path names the key and whose position is this node's.</returns>
    public SourceLocation Child(string key) => new($"{Path}.{key}", Line, Column);

    /// <inheritdoc />
    public override string ToString() => $"{Path} ({Line}:{Column})";
}
