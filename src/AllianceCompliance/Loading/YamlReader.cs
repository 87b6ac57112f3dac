using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AllianceCompliance.Findings;
using AllianceCompliance.Model;
using AllianceCompliance.Resources;
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

    /// <summary>
    /// Reads one YAML document; null, with the reasons in <paramref name="errors"/>, when it cannot.
    /// <paramref name="mistyped"/> receives the [ ] and { } in which a Chinese input mistake was reported:
    /// what else is wrong there follows from that mistake.
    /// </summary>
    public static YamlNode? Read(string text, LoadLimits limits, List<Finding> errors, List<Span>? mistyped = null)
    {
        try
        {
            using var reader = new StringReader(text);
            return ReadDocument(new Reading(new GuardedParser(reader), text, limits, errors, mistyped ?? []));
        }
        catch (YamlException e)
        {
            // A full-width colon, comma or space typed by a Chinese input method is the likely cause
            // of an error at or after it: say that, rather than what the parser made of it.
            var at = TabInIndentation(text, e) ?? e.Start;
            var typed = ChineseInput.Before(text, Line(at));
            errors.AddRange(typed.Count > 0 ? typed : [Unclosed.Find(text, (int)Math.Clamp(e.Start.Index, 0, text.Length))
                ?? LoadErrors.Syntax.At(At("$", at), null, YamlMessages.Describe(e), Line(at), Column(at))]);
            return null;
        }
    }

    /// <summary>A stretch of the source, from one position to another (both 1-based, the end column just past it).</summary>
    public readonly record struct Span(int FromLine, int FromColumn, int ToLine, int ToColumn)
    {
        public bool Contains(SourceLocation at) =>
            (at.Line, at.Column).CompareTo((FromLine, FromColumn)) >= 0 && (at.Line, at.Column).CompareTo((ToLine, ToColumn)) < 0;
    }

    // What reading one document works with; Covered is where the last full-width bracketed value reported ends.
    private sealed record Reading(IParser Parser, string Text, LoadLimits Limits, List<Finding> Errors, List<Span> Mistyped)
    {
        public int Covered { get; set; } = -1;
    }

    private static YamlNode? ReadDocument(Reading reading)
    {
        var (parser, errors) = (reading.Parser, reading.Errors);
        parser.Consume<StreamStart>();
        if (!parser.TryConsume<DocumentStart>(out _))
        {
            errors.Add(LoadErrors.NotOneDocument.At(SourceLocation.Root, null, string.IsNullOrWhiteSpace(reading.Text) ? Words.EmptyFile : Words.CommentsOnly));
            return null;
        }

        if (ReadNode(reading) is not { } root)
        {
            return null;
        }

        parser.Consume<DocumentEnd>();
        if (parser.Current is DocumentStart next)
        {
            errors.Add(LoadErrors.NotOneDocument.At(At("$", next.Start), null, Words.ManyDocuments));
            return null;
        }

        return root;
    }

    // A container being read, whether it is written in flow style (between [ ] or { }) and, in a
    // mapping, the key whose value comes next (null while it waits for a key).
    private sealed class Open(YamlNode container, bool flow, Mark start)
    {
        public YamlNode Container { get; } = container;

        public bool Flow { get; } = flow;

        public Mark Start { get; } = start;

        /// <summary>Whether a Chinese input mistake was reported in it (only on the outermost [ ] or { }).</summary>
        public bool Mistyped { get; set; }

        public YamlScalar? Key { get; set; }
    }

    private static YamlNode? ReadNode(Reading reading)
    {
        var (parser, limits, errors) = (reading.Parser, reading.Limits, reading.Errors);
        var open = new Stack<Open>();
        while (true)
        {
            var current = parser.Current ?? throw new OwnSyntaxError(Mark.Empty, Words.Yaml.UnexpectedEnd);
            if (Refuse(current, open, errors))
            {
                return null;
            }

            parser.MoveNext();
            YamlNode complete;
            switch (current)
            {
                case Scalar scalar when open.TryPeek(out var top) && top is { Container: YamlMapping, Key: null }:
                    CheckFlow(reading, scalar, open, key: true, mappingValue: false);
                    top.Key = new YamlScalar(scalar.Value, Plain(scalar), Line(scalar.Start), Column(scalar.Start));
                    continue;
                case Scalar scalar:
                    complete = new YamlScalar(scalar.Value, Plain(scalar), Line(scalar.Start), Column(scalar.Start));
                    CheckFlow(reading, scalar, open, key: false, mappingValue: open.TryPeek(out var holder) && holder.Container is YamlMapping);
                    break;
                case MappingStart or SequenceStart:
                    if (open.Count >= limits.MaxDepth)
                    {
                        errors.Add(LoadErrors.TooDeep.At(At(PathOf(open), current.Start), null, limits.MaxDepth));
                        return null;
                    }

                    if (open.TryPeek(out var parent) && parent is { Container: YamlMapping, Key: null })
                    {
                        throw new OwnSyntaxError(current.Start, Words.Yaml.KeyNotText);
                    }

                    open.Push(new Open(
                        current is MappingStart
                            ? new YamlMapping(Line(current.Start), Column(current.Start))
                            : new YamlSequence(Line(current.Start), Column(current.Start)),
                        current is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow },
                        current.Start));
                    continue;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    if (closed.Mistyped)
                    {
                        reading.Mistyped.Add(new(Line(closed.Start), Column(closed.Start), Line(current.End), Column(current.End)));
                    }

                    complete = closed.Container;
                    break;
                default:
                    throw new OwnSyntaxError(current.Start, Words.Yaml.Other);
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

    /// <summary>
    /// Reports a plain scalar in [ ] or { } that a Chinese input method made one of several values or
    /// a key with its value: a full-width colon after a key, full-width commas, colons or brackets, or a
    /// list or mapping between full-width brackets (reported once, from its opening bracket). The
    /// outermost [ ] or { } around it is marked, so that what follows from the mistake there is not
    /// reported again.
    /// </summary>
    private static void CheckFlow(Reading reading, Scalar scalar, Stack<Open> open, bool key, bool mappingValue)
    {
        var start = (int)scalar.Start.Index;
        if (!open.TryPeek(out var container) || !container.Flow || !Plain(scalar) || start < reading.Covered)
        {
            return;
        }

        var at = At(PathOf(open), scalar.Start);
        Finding? found = null;
        if (ChineseInput.OpensWideBracket(reading.Text, start))
        {
            found = ChineseInput.FullWidthBracketed(reading.Text, start, at, out var end);
            reading.Covered = end;
        }

        found ??= (key ? ChineseInput.KeyWithWideColon(scalar.Value, at) : null) ?? ChineseInput.WideInFlow(scalar.Value, mappingValue, at);
        if (found is not null)
        {
            reading.Errors.Add(found);
            open.Last(frame => frame.Flow).Mistyped = true;
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
            AnchorAlias => Words.Aliases,
            NodeEvent { Anchor.IsEmpty: false } => Words.Anchors,
            NodeEvent { Tag.IsEmpty: false } node when !node.Tag.IsNonSpecific && !CoreTags.Contains(node.Tag.Value)
                => Words.CustomTags,
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
            (MappingStart, _) => Words.Tag.Mapping,
            (SequenceStart, _) => Words.Tag.List,
            (Scalar, "map" or "seq") => Words.Tag.Single,
            (Scalar { Value: "" or "~" or "null" or "Null" or "NULL" }, "null") => null,
            (Scalar, "null") => Words.Tag.NotNull,
            (Scalar { Value: "true" or "True" or "TRUE" or "false" or "False" or "FALSE" }, "bool") => null,
            (Scalar, "bool") => Words.Tag.NotBool,
            (Scalar scalar, "int") when !CoreInt().IsMatch(scalar.Value) => Words.Tag.NotInt,
            (Scalar scalar, "float") when !CoreFloat().IsMatch(scalar.Value) => Words.Tag.NotFloat,
            _ => null,
        };
    }

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreInt();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex CoreFloat();

    /// <summary>
    /// Where the tab is, for YamlDotNet's error about a tab in the indentation: it places that error at
    /// the value before it, often on the line above. Null for other errors.
    /// </summary>
    private static Mark? TabInIndentation(string text, YamlException e)
    {
        if (!YamlMessages.IsTabInIndentation(e) || e.Start.Index < 0 || e.Start.Index > text.Length)
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
