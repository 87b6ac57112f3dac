using AllianceCompliance.Findings;
using AllianceCompliance.Model;

namespace AllianceCompliance.Loading;

/// <summary>
/// Loads agreement files strictly: every problem with the file is a located finding, and no input,
/// however malformed or hostile, throws.
/// </summary>
/// <param name="limits">The size and nesting limits; <see cref="LoadLimits.Default"/> when null.</param>
public sealed class AgreementLoader(LoadLimits? limits = null)
{
    /// <summary>The limits this loader enforces.</summary>
    public LoadLimits Limits { get; } = limits ?? LoadLimits.Default;

    /// <summary>Loads an agreement from the bytes of a file.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <returns>The agreement, or the reasons it could not be read.</returns>
    public LoadResult Load(ReadOnlySpan<byte> content)
    {
        var errors = new List<Finding>();
        if (content.Length > Limits.MaxBytes)
        {
            errors.Add(LoadErrors.TooLarge.At(SourceLocation.Root, null, content.Length, Limits.MaxBytes));
            return new(null, [.. errors]);
        }

        var text = TextDecoder.Decode(content, errors);
        return text is null ? new(null, [.. errors]) : Parse(text, errors) with { Text = text };
    }

    /// <summary>Loads an agreement from text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <returns>The agreement, or the reasons it could not be read.</returns>
    public LoadResult Load(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<Finding>();
        if (text.Length > Limits.MaxBytes)
        {
            errors.Add(LoadErrors.TooLarge.At(SourceLocation.Root, null, text.Length, Limits.MaxBytes));
            return new(null, [.. errors]);
        }

        return Parse(text, errors) with { Text = text };
    }

    private LoadResult Parse(string text, List<Finding> errors)
    {
        if (YamlReader.Read(text, Limits, errors) is not { } root || MappingReader.Open(errors, root, "$") is not { } mapping)
        {
            return new(null, [.. errors]);
        }

        var format = mapping.Text("format");
        if (format is not null && format != AgreementReader.FormatV1)
        {
            // Another format would be read wrongly key by key; one finding says it all.
            errors.Add(LoadErrors.UnsupportedFormat.At(mapping.LocationOf("format"), null, format));
            return new(null, [.. errors]);
        }

        var document = mapping.Finish(AgreementReader.Document(mapping)) with { Source = text };
        ReferenceChecker.Check(document, errors);
        return new(document, [.. errors]);
    }
}
