using System.Collections.Frozen;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AllianceCompliance.Loading;

/// <summary>
/// Reads YAML into a small tree of <see cref="YamlNode"/>s from YamlDotNet's event stream, without
/// recursion, so that the nesting limit is enforced before any deep structure is built. Anchors,
/// aliases and non-core tags are refused: agreements need none, and aliases are how a small file
/// expands into billions of nodes.
/// </summary>
internal static class YamlTreeReader
{
    // The tags of YAML's core schema. Any other tag, including other "tag:yaml.org,2002:" ones
    // such as !!python/object or !!binary, names a type to build and is refused.
    private static readonly FrozenSet<string> CoreTags = new[] { "str", "int", "float", "bool", "null", "map", "seq" }
        .Select(t => "tag:yaml.org,2002:" + t)
        .ToFrozenSet(StringComparer.Ordinal);

    public static YamlNode? Read(TextReader text, LoadLimits limits, List<Finding> errors)
    {
        try
        {
            return ReadDocument(new GuardedParser(text), limits, errors);
        }
        catch (YamlException e)
        {
            errors.Add(LoadErrors.Syntax.At(At("$", e.Start), null, Describe(e)));
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

        var root = ReadNode(parser, limits, errors);
        if (root is null)
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

    private static YamlNode? ReadNode(IParser parser, LoadLimits limits, List<Finding> errors)
    {
        var open = new Stack<(YamlNode Node, string Path, YamlScalar? Key)>();
        // A node's path is only needed to report it or to open a container below it: built on demand,
        // not for every scalar (that was one string per key and value of the file).
        string PathHere() => open.Count == 0 ? "$" : ChildPath(open.Peek());
        Func<string> pathHere = PathHere;
        while (true)
        {
            var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
            if (Refuse(current, pathHere, errors))
            {
                return null;
            }

            parser.MoveNext();
            YamlNode? completed = null;
            switch (current)
            {
                case Scalar scalar:
                    var plain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
                    completed = new YamlScalar(scalar.Value, plain, Line(scalar.Start), Column(scalar.Start));
                    break;
                case MappingStart or SequenceStart:
                    var path = PathHere();
                    if (open.Count >= limits.MaxDepth)
                    {
                        errors.Add(LoadErrors.TooDeep.At(At(path, current.Start), null, limits.MaxDepth));
                        return null;
                    }

                    YamlNode container = current is MappingStart
                        ? new YamlMapping(Line(current.Start), Column(current.Start))
                        : new YamlSequence(Line(current.Start), Column(current.Start));
                    open.Push((container, path, null));
                    continue;
                case MappingEnd or SequenceEnd:
                    completed = open.Pop().Node;
                    break;
                default:
                    throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
            }

            if (open.Count == 0)
            {
                return completed;
            }

            Attach(open, completed);
        }
    }

    private static void Attach(Stack<(YamlNode Node, string Path, YamlScalar? Key)> open, YamlNode child)
    {
        var (parent, path, key) = open.Pop();
        switch (parent)
        {
            case YamlSequence sequence:
                sequence.Items.Add(child);
                open.Push((parent, path, null));
                break;
            case YamlMapping mapping when key is null:
                if (child is not YamlScalar keyScalar)
                {
                    throw new YamlException(new Mark(0, child.Line, child.Column), new Mark(0, child.Line, child.Column),
                        "A mapping key must be plain text, not a mapping or a list.");
                }

                open.Push((parent, path, keyScalar));
                break;
            case YamlMapping mapping:
                mapping.Entries.Add(new(key!, child));
                open.Push((parent, path, null));
                break;
        }
    }

    private static string ChildPath((YamlNode Node, string Path, YamlScalar? Key) frame) => frame.Node switch
    {
        YamlSequence sequence => $"{frame.Path}[{sequence.Items.Count}]",
        _ when frame.Key is not null => $"{frame.Path}.{frame.Key.Value}",
        _ => frame.Path,
    };

    private static bool Refuse(ParsingEvent current, Func<string> path, List<Finding> errors)
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
            errors.Add(LoadErrors.Unsupported.At(At(path(), current.Start), null, what));
        }

        return what is not null;
    }

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

    private static SourceLocation At(string path, Mark mark) => new(path, Line(mark), Column(mark));

    private static int Line(Mark mark) => (int)Math.Clamp(mark.Line, 1, int.MaxValue);

    private static int Column(Mark mark) => (int)Math.Clamp(mark.Column, 1, int.MaxValue);
}
