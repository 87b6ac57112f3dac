using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AllianceCompliance.Loading;

/// <summary>
/// Reads YAML into a tree of <see cref="YamlNode"/>s from YamlDotNet's event stream, without recursion,
/// so that the nesting limit is enforced before any deep structure is built. Anchors, aliases and
/// non-core tags are refused: agreements need none, and aliases are how a small file expands into
/// billions of nodes.
/// </summary>
internal static partial class YamlReader
{
    // The tags of YAML's core schema. Any other tag, including other "tag:yaml.org,2002:" ones
    // such as !!python/object or !!binary, names a type to build and is refused.
    private const string CorePrefix = "tag:yaml.org,2002:";

    private static readonly FrozenSet<string> CoreTags = new[] { "str", "int", "float", "bool", "null", "map", "seq" }
        .Select(t => CorePrefix + t)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads one YAML document; null, with the reasons in <paramref name="errors"/>, when it cannot.</summary>
    public static YamlNode? Read(string text, LoadLimits limits, List<Finding> errors)
    {
        try
        {
            using var reader = new StringReader(text);
            return ReadDocument(new GuardedParser(reader), limits, errors);
        }
        catch (YamlException e)
        {
            errors.Add(LoadErrors.Syntax.At(At("$", TabInIndentation(text, e) ?? e.Start), null, Describe(e)));
            return null;
        }
    }

    private static YamlNode? ReadDocument(IParser parser, LoadLimits limits, List<Finding> errors)
    {
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _))
        {
            errors.Add(LoadErrors.NotOneDocument.At(SourceLocation.Root, null,
                new LocalizedText("The file holds no agreement: it is empty.", "文件为空，不含协议。")));
            return null;
        }

        if (ReadNode(parser, limits, errors) is not { } root)
        {
            return null;
        }

        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart next)
        {
            errors.Add(LoadErrors.NotOneDocument.At(At("$", next.Start), null,
                new LocalizedText("The file holds more than one YAML document.", "文件包含多个 YAML 文档。")));
            return null;
        }

        return root;
    }

    // A container being read and, in a mapping, the key whose value comes next (null while it waits for a key).
    private sealed class Open(YamlNode container)
    {
        public YamlNode Container { get; } = container;

        public YamlScalar? Key { get; set; }
    }

    private static YamlNode? ReadNode(IParser parser, LoadLimits limits, List<Finding> errors)
    {
        var open = new Stack<Open>();
        while (true)
        {
            var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
            if (Refuse(current, open, errors))
            {
                return null;
            }

            parser.MoveNext();
            YamlNode complete;
            switch (current)
            {
                case Scalar scalar when open.TryPeek(out var top) && top is { Container: YamlMapping, Key: null }:
                    top.Key = new YamlScalar(scalar.Value, Plain(scalar), Line(scalar.Start), Column(scalar.Start));
                    continue;
                case Scalar scalar:
                    complete = new YamlScalar(scalar.Value, Plain(scalar), Line(scalar.Start), Column(scalar.Start));
                    break;
                case MappingStart or SequenceStart:
                    if (open.Count >= limits.MaxDepth)
                    {
                        errors.Add(LoadErrors.TooDeep.At(At(PathOf(open), current.Start), null, limits.MaxDepth));
                        return null;
                    }

                    if (open.TryPeek(out var parent) && parent is { Container: YamlMapping, Key: null })
                    {
                        throw new YamlException(current.Start, current.Start, "A mapping key must be plain text, not a mapping or a list.");
                    }

                    open.Push(new Open(current is MappingStart
                        ? new YamlMapping(Line(current.Start), Column(current.Start))
                        : new YamlSequence(Line(current.Start), Column(current.Start))));
                    continue;
                case MappingEnd or SequenceEnd:
                    complete = open.Pop().Container;
                    break;
                default:
                    throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
            }

            if (!open.TryPeek(out var into))
            {
                return complete;
            }

            if (into.Container is YamlMapping mapping)
            {
                mapping.Entries.Add((into.Key!, complete));
                into.Key = null;
            }
            else
            {
                ((YamlSequence)into.Container).Items.Add(complete);
            }
        }
    }

    /// <summary>The path of the node being read, from the containers open around it (only built to report it).</summary>
    private static string PathOf(Stack<Open> open)
    {
        var path = new StringBuilder("$");
        foreach (var frame in open.Reverse())
        {
            if (frame.Container is YamlSequence sequence)
            {
                path.Append('[').Append(sequence.Items.Count).Append(']');
            }
            else if (frame.Key is { } key)
            {
                path.Append('.').Append(key.Value);
            }
        }

        return path.ToString();
    }

    private static bool Plain(Scalar scalar) => scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;

    private static bool Refuse(ParsingEvent current, Stack<Open> open, List<Finding> errors)
    {
        LocalizedText? what = current switch
        {
            AnchorAlias => new("Aliases (*name)", "别名（*name）"),
            NodeEvent { Anchor.IsEmpty: false } => new("Anchors (&name)", "锚点（&name）"),
            NodeEvent { Tag.IsEmpty: false } node when !node.Tag.IsNonSpecific && !CoreTags.Contains(node.Tag.Value)
                => new("Custom YAML tags (such as !type)", "自定义 YAML 标签（如 !type）"),
            _ => null,
        };
        if (what is not null)
        {
            errors.Add(LoadErrors.Unsupported.At(At(PathOf(open), current.Start), null, what));
            return true;
        }

        if (current is NodeEvent { Tag.IsEmpty: false } tagged && !tagged.Tag.IsNonSpecific && Contradiction(tagged) is { } why)
        {
            var name = "!!" + tagged.Tag.Value[CorePrefix.Length..];
            errors.Add(LoadErrors.ContradictoryTag.At(At(PathOf(open), current.Start), null, name, why));
            return true;
        }

        return false;
    }

    /// <summary>How a core tag contradicts its node (<c>!!null China</c>, <c>!!seq</c> on a mapping); null when it fits.</summary>
    private static LocalizedText? Contradiction(NodeEvent node)
    {
        var tag = node.Tag.Value[CorePrefix.Length..];
        return (node, tag) switch
        {
            (MappingStart, "map") or (SequenceStart, "seq") => null,
            (MappingStart, _) => new("it is a mapping", "它是映射"),
            (SequenceStart, _) => new("it is a list", "它是列表"),
            (Scalar, "map" or "seq") => new("it is a single value", "它是单个值"),
            (Scalar { Value: "" or "~" or "null" or "Null" or "NULL" }, "null") => null,
            (Scalar, "null") => new("it is not empty, ~ or null", "它不是空值、~ 或 null"),
            (Scalar { Value: "true" or "True" or "TRUE" or "false" or "False" or "FALSE" }, "bool") => null,
            (Scalar, "bool") => new("it is not true or false", "它不是 true 或 false"),
            (Scalar scalar, "int") when !CoreInt().IsMatch(scalar.Value) => new("it is not a whole number", "它不是整数"),
            (Scalar scalar, "float") when !CoreFloat().IsMatch(scalar.Value) => new("it is not a number", "它不是数字"),
            _ => null,
        };
    }

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreInt();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreFloat();

    private static LocalizedText Describe(YamlException e)
    {
        // YamlDotNet prefixes its message with the marks we report separately.
        var message = e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        return new(message, message);
    }

    /// <summary>
    /// Where the tab is, for YamlDotNet's error about a tab in the indentation: it places that error at
    /// the value before it, often on the line above. Null for other errors.
    /// </summary>
    private static Mark? TabInIndentation(string text, YamlException e)
    {
        if (!e.Message.Contains("tab character", StringComparison.Ordinal) || e.Start.Index < 0 || e.Start.Index > text.Length)
        {
            return null;
        }

        var (line, column) = (e.Start.Line, e.Start.Column);
        var start = (int)e.Start.Index;
        var indenting = text.AsSpan(0, start).LastIndexOfAnyExcept(' ') is var before && (before < 0 || text[before] == '\n');
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t' && indenting)
            {
                return new Mark(i, line, column);
            }

            (indenting, line, column) = c switch
            {
                '\n' => (true, line + 1, 1),
                ' ' or '\r' => (indenting, line, column + 1),
                _ => (false, line, column + 1),
            };
        }

        return null;
    }

    private static SourceLocation At(string path, Mark mark) => new(path, Line(mark), Column(mark));

    private static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);

    private static int Column(Mark mark) => (int)Math.Clamp(mark.Column, 1, int.MaxValue);
}
