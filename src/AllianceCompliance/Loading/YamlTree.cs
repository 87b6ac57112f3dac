using System.Buffers;
using System.Runtime.CompilerServices;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Loading;

/// <summary>What a node of a <see cref="YamlTree"/> is.</summary>
internal enum YamlKind : byte
{
    Scalar,
    Mapping,
    Sequence,
}

/// <summary>
/// A parsed YAML document, held flat: its nodes in document order, each container before its
/// children (a mapping's children are its keys and values in turn), addressed by index; the text
/// of every key and scalar copied into one buffer. The root is node 0.
/// </summary>
/// <remarks>
/// The tree holds no object per node and, while the file is read, no string per scalar: its arrays
/// (nodes, text, and the strings once made) come from <see cref="ArrayPool{T}.Shared"/> and go back
/// on <see cref="Dispose"/>. So while a large file is
/// read, nothing the reader keeps lives among the parser's garbage (YamlDotNet allocates a token and
/// an event per scalar, and the scalar's string), and a collection that falls inside the read finds
/// that garbage dead, region after region. When the tree kept a node object and YamlDotNet's string
/// for every scalar, those survivors were spread through every region, and a young-generation
/// collection inside a 10,000-member file had to walk and compact all of it: 85 to 135 ms against
/// 12 to 13 ms for the same read keeping copies of the text (measured by parsing alone; see the
/// benchmarks' README, eighth pass). The strings the model keeps are made from the buffer once the read
/// is done (<see cref="MakeStrings"/>).
/// </remarks>
internal sealed class YamlTree : IDisposable
{
    private Node[] nodes;
    private char[] text;
    private int count;
    private int used;
    private string?[]? strings;
    private readonly bool pooled;

    private YamlTree(Node[] nodes, char[] text, bool pooled)
    {
        this.nodes = nodes;
        this.text = text;
        this.pooled = pooled;
    }

    /// <summary>A tree of one empty mapping, for reading nothing (the schema probe); never disposed.</summary>
    public static YamlTree EmptyMapping { get; } = CreateEmptyMapping();

    /// <summary>
    /// An empty tree sized for a document of <paramref name="textLength"/> characters: a node per
    /// 16 characters (agreements have one per 12 to 13) and as many characters as the document,
    /// which its keys and scalars never exceed; both grow if they must.
    /// </summary>
    public static YamlTree Rent(int textLength) =>
        new(ArrayPool<Node>.Shared.Rent((textLength / 16) + 16), ArrayPool<char>.Shared.Rent(textLength + 16), pooled: true);

    /// <summary>The number of nodes.</summary>
    public int Count => count;

    /// <summary>The bytes of the tree's arrays, as rented (for the benchmarks: the arrays come from the pool, so a heap measurement does not see them).</summary>
    public long ArrayBytes =>
        ((long)nodes.Length * Unsafe.SizeOf<Node>()) + ((long)text.Length * sizeof(char)) + ((long)(strings?.Length ?? 0) * IntPtr.Size);

    public YamlKind Kind(int node) => nodes[node].Kind;

    /// <summary>The line of the node's first character (1-based).</summary>
    public int Line(int node) => nodes[node].Line;

    /// <summary>The column of the node's first character (1-based).</summary>
    public int Column(int node) => nodes[node].Column;

    /// <summary>The number of entries of a mapping or items of a sequence.</summary>
    public int Size(int node) => nodes[node].Kind == YamlKind.Scalar ? 0 : nodes[node].Length;

    /// <summary>The index after the node and everything under it: its next sibling, if it has one.</summary>
    public int Next(int node) => nodes[node].End;

    /// <summary>The key nodes of a mapping, in file order; each key's value is the node after it.</summary>
    public Children Keys(int mapping) => new(this, mapping, keys: true);

    /// <summary>The item nodes of a sequence, in file order.</summary>
    public Children Items(int sequence) => new(this, sequence, keys: false);

    /// <summary>A key's or scalar's text, without a copy.</summary>
    public ReadOnlySpan<char> Span(int node)
    {
        ref readonly var n = ref nodes[node];
        return n.Kind == YamlKind.Scalar ? text.AsSpan(n.Start, n.Length) : default;
    }

    /// <summary>A key's or scalar's text as a string: a scalar's made by <see cref="MakeStrings"/>, or else a new one.</summary>
    public string Text(int node) => strings?[node] ?? new(Span(node));

    /// <summary>
    /// Makes the string of every scalar that is not a key, in document order, once the document is
    /// read; <see cref="Text"/> returns them from then on.
    /// </summary>
    /// <remarks>
    /// Made together, the strings lie together on the heap, apart from the model's objects: made one by
    /// one as the model asked for them, each string lay between the objects of its member, and rules
    /// evaluated a 10,000-member model 25 % slower (52 to 57 ms against 40 to 42 once compacted, 58
    /// against 53 right after loading; the benchmarks' README, eighth pass).
    /// </remarks>
    public void MakeStrings()
    {
        strings = ArrayPool<string?>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            strings[i] = nodes[i] is { Kind: YamlKind.Scalar, Key: false } ? new string(Span(i)) : null;
        }
    }

    /// <summary>Whether a scalar was written unquoted (only then can it mean null).</summary>
    public bool Plain(int node) => nodes[node].Plain;

    /// <summary>Whether the node is a scalar meaning null: unquoted and empty, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull(int node) =>
        nodes[node] is { Kind: YamlKind.Scalar, Plain: true } && Span(node) is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>What the node is, as a message names it: "text", "a mapping", "a list".</summary>
    public LocalizedText Describe(int node) => Kind(node) switch
    {
        YamlKind.Mapping => new("a mapping", "映射"),
        YamlKind.Sequence => new("a list", "列表"),
        _ when IsNull(node) => new("an empty value", "空值"),
        _ => DescribeText(Text(node)),
    };

    /// <summary>Appends a key (<paramref name="key"/>) or scalar; returns its index.</summary>
    public int AddScalar(ReadOnlySpan<char> value, bool plain, int line, int column, bool key = false)
    {
        if (used + value.Length > text.Length)
        {
            text = Grow(text, used, used + value.Length);
        }

        value.CopyTo(text.AsSpan(used));
        var node = Add(new Node { Kind = YamlKind.Scalar, Plain = plain, Key = key, Line = line, Column = column, Start = used, Length = value.Length });
        used += value.Length;
        return node;
    }

    /// <summary>Appends a mapping or sequence, to be closed by <see cref="Close"/> after its children; returns its index.</summary>
    public int Open(YamlKind kind, int line, int column) => Add(new Node { Kind = kind, Line = line, Column = column });

    /// <summary>Closes a container after its last child was appended, with the number of its entries or items.</summary>
    public void Close(int node, int size)
    {
        nodes[node].Length = size;
        nodes[node].End = count;
    }

    /// <summary>Gives the arrays back to the pool; the tree is empty afterwards.</summary>
    public void Dispose()
    {
        if (pooled && nodes.Length > 0)
        {
            ArrayPool<Node>.Shared.Return(nodes);
            ArrayPool<char>.Shared.Return(text);
            if (strings is not null)
            {
                ArrayPool<string?>.Shared.Return(strings, clearArray: true);
            }
        }

        (nodes, text, strings, count, used) = ([], [], null, 0, 0);
    }

    private static LocalizedText DescribeText(string text) => new($"the text '{text}'", $"文本“{text}”");

    private int Add(Node node)
    {
        if (count == nodes.Length)
        {
            nodes = Grow(nodes, count, count + 1);
        }

        node.End = count + 1;
        nodes[count] = node;
        return count++;
    }

    private T[] Grow<T>(T[] array, int kept, int needed)
    {
        var grown = pooled ? ArrayPool<T>.Shared.Rent(Math.Max(needed, array.Length * 2)) : new T[Math.Max(needed, array.Length * 2)];
        array.AsSpan(0, kept).CopyTo(grown);
        if (pooled)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        return grown;
    }

    private static YamlTree CreateEmptyMapping()
    {
        var tree = new YamlTree(new Node[1], [], pooled: false);
        tree.Close(tree.Open(YamlKind.Mapping, 0, 0), 0);
        return tree;
    }

    /// <summary>A container's keys or items, enumerated without allocation.</summary>
    public readonly struct Children(YamlTree tree, int container, bool keys)
    {
        public Enumerator GetEnumerator() => new(tree, container, keys);

        public struct Enumerator(YamlTree tree, int container, bool keys)
        {
            private int left = tree.Size(container);

            /// <summary>The current key or item node.</summary>
            public int Current { get; private set; } = -1;

            public bool MoveNext()
            {
                if (left == 0)
                {
                    return false;
                }

                // A key's next sibling is its value; the next key follows the value.
                Current = Current < 0 ? container + 1 : tree.Next(keys ? Current + 1 : Current);
                left--;
                return true;
            }
        }
    }

    // Start and Length are a scalar's text in the buffer; a container's Length is its size. End is
    // the index after the node's subtree. Key marks a mapping's key.
    private struct Node
    {
        public int Line;
        public int Column;
        public int Start;
        public int Length;
        public int End;
        public YamlKind Kind;
        public bool Plain;
        public bool Key;
    }
}
