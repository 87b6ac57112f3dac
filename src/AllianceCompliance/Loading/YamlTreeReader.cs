using System.Collections.Frozen;
using System.Text;
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

    // A container being read: where it starts, its entries or items so far (a range at the end of
    // the reader's shared lists, copied into an array of the right size when the container ends)
    // and, in a mapping, the key whose value comes next (text only: a key needs no node of its own).
    private record struct Frame(bool Mapping, int Line, int Column, int Start, string? Key = null, int KeyLine = 0, int KeyColumn = 0);

    private static YamlNode? ReadNode(IParser parser, LoadLimits limits, List<Finding> errors)
    {
        var open = new List<Frame>();
        var entries = new List<YamlEntry>();
        var items = new List<YamlNode>();

        // A node's path is only needed to report it: built on demand from the open containers, not
        // for every node (that was one string per key and value, then one per container, of the file).
        string PathHere()
        {
            var path = new StringBuilder("$");
            for (var i = 0; i < open.Count; i++)
            {
                var frame = open[i];
                if (!frame.Mapping)
                {
                    path.Append('[').Append(ItemCount(i)).Append(']');
                }
                else if (frame.Key is not null)
                {
                    path.Append('.').Append(frame.Key);
                }
            }

            return path.ToString();
        }

        // The number of items of sequence frame i so far: the items list holds, from its start, its
        // own items followed by those of the sequences open above it.
        int ItemCount(int i)
        {
            for (var j = i + 1; j < open.Count; j++)
            {
                if (!open[j].Mapping)
                {
                    return open[j].Start - open[i].Start;
                }
            }

            return items.Count - open[i].Start;
        }

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
                case Scalar scalar when open.Count > 0 && open[^1] is { Mapping: true, Key: null } awaiting:
                    open[^1] = awaiting with { Key = scalar.Value, KeyLine = Line(scalar.Start), KeyColumn = Column(scalar.Start) };
                    continue;
                case Scalar scalar:
                    var plain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
                    completed = new YamlScalar(scalar.Value, plain, Line(scalar.Start), Column(scalar.Start));
                    break;
                case MappingStart or SequenceStart:
                    if (open.Count >= limits.MaxDepth)
                    {
                        errors.Add(LoadErrors.TooDeep.At(At(PathHere(), current.Start), null, limits.MaxDepth));
                        return null;
                    }

                    var mapping = current is MappingStart;
                    open.Add(new Frame(mapping, Line(current.Start), Column(current.Start), mapping ? entries.Count : items.Count));
                    continue;
                case MappingEnd or SequenceEnd:
                    var done = open[^1];
                    open.RemoveAt(open.Count - 1);
                    if (done.Mapping)
                    {
                        completed = new YamlMapping(Take(entries, done.Start), done.Line, done.Column);
                    }
                    else
                    {
                        completed = new YamlSequence(Take(items, done.Start), done.Line, done.Column);
                    }

                    break;
                default:
                    throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
            }

            if (open.Count == 0)
            {
                return completed;
            }

            Attach(open, entries, items, completed);
        }
    }

    private static T[] Take<T>(List<T> list, int start)
    {
        var count = list.Count - start;
        if (count == 0)
        {
            return [];
        }

        var taken = new T[count];
        list.CopyTo(start, taken, 0, count);
        list.RemoveRange(start, count);
        return taken;
    }

    private static void Attach(List<Frame> open, List<YamlEntry> entries, List<YamlNode> items, YamlNode child)
    {
        var top = open.Count - 1;
        var parent = open[top];
        if (!parent.Mapping)
        {
            items.Add(child);
        }
        else if (parent.Key is null)
        {
            // Scalar keys are taken before they become nodes: this one is a mapping or a list.
            throw new YamlException(new Mark(0, child.Line, child.Column), new Mark(0, child.Line, child.Column),
                "A mapping key must be plain text, not a mapping or a list.");
        }
        else
        {
            entries.Add(new(parent.Key, parent.KeyLine, parent.KeyColumn, child));
            open[top] = parent with { Key = null };
        }
    }

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
