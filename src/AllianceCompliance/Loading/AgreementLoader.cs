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
        var mistyped = new List<YamlReader.Span>();
        var result = Read(text, errors, mistyped);
        return result with { Errors = [.. WithoutFollowOns(result.Errors, mistyped)] };
    }

    /// <summary>
    /// The errors less those that follow from a Chinese input mistake already reported: any other error
    /// inside the [ ] or { } where it was typed or at its very position, and a second report of the mistake at one position.
    /// The file stays invalid; the rest is reported once the mistake is mended.
    /// </summary>
    private static IEnumerable<Finding> WithoutFollowOns(IEnumerable<Finding> errors, List<YamlReader.Span> mistyped)
    {
        var all = errors.ToList();
        var typed = all.Where(IsTypingMistake).Select(e => (e.Location.Line, e.Location.Column)).ToHashSet();
        var reported = new HashSet<(int, int)>();
        foreach (var error in all)
        {
            var place = (error.Location.Line, error.Location.Column);
            var keep = IsTypingMistake(error)
                ? reported.Add(place)
                : !typed.Contains(place) && !mistyped.Exists(span => span.Contains(error.Location));
            if (keep)
            {
                yield return error;
            }
        }
    }

    private static bool IsTypingMistake(Finding error) =>
        error.Rule == LoadErrors.FullWidthColon || error.Rule == LoadErrors.FullWidthInFlow
        || error.Rule == LoadErrors.FullWidthIndent || error.Rule == LoadErrors.FullWidthBrackets;

    private LoadResult Read(string text, List<Finding> errors, List<YamlReader.Span> mistyped)
    {
        if (YamlReader.Read(text, Limits, errors, mistyped) is not { } root || MappingReader.Open(errors, root, "$") is not { } mapping)
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
