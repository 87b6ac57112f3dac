using System.Reflection;
using System.Text;
using YamlDotNet.Core;

namespace AllianceCompliance.Loading;

/// <summary>
/// Gives each thread its own string builders for YamlDotNet's scanner. The scanner rents up to four
/// <see cref="StringBuilder"/>s for every scalar from one pool for the whole process
/// (<c>YamlDotNet.Core.ObjectPool.StringBuilderPool</c>: a shared slot and a concurrent queue,
/// each rent and return an interlocked write). Two threads loading at once write to the same cache
/// lines for every scalar: on this project's 2-core machine, parsing 1,000 typical agreements on two
/// threads was only 1.04 to 1.11 times as fast as on one, and took 1.7 to 1.9 times the CPU
/// (tests/AllianceCompliance.Benchmarks/README.md). Keeping nothing in the pool made two threads
/// 1.6 to 1.75 times as fast but doubled the loader's allocation (a new builder, grown to each
/// scalar's length, for every rent), and with it the collections of a large agreement. Here the
/// pool creates and takes back its builders through a cache of a few builders per thread: nothing
/// is written to shared memory, and no builder is allocated once a thread has its own.
/// </summary>
/// <remarks>
/// The pool is internal to YamlDotNet, so this replaces its create and return functions by
/// reflection, once. The return function keeps the builder in the calling thread's cache and tells
/// the pool to drop it, so the shared slot and queue stay empty and a rent always reaches the
/// create function, which takes from the same cache. If a later YamlDotNet has no such pool, nothing
/// is changed and <see cref="PerThread"/> is false; a test pins it to true for the version the
/// project uses, so an upgrade that moves the pool is noticed. Other YamlDotNet users in the same
/// process share this cache too, which is only ever used by one thread.
/// </remarks>
internal static class ScannerPooling
{
    /// <summary>How many builders a thread keeps: the scanner holds at most four at once.</summary>
    private const int Kept = 4;

    /// <summary>The largest builder kept, as YamlDotNet's own policy (a longer scalar's builder is dropped).</summary>
    private const int MaximumRetainedCapacity = 1024;

    [ThreadStatic]
    private static StringBuilder?[]? cache;

    /// <summary>Whether YamlDotNet's scanner now rents from a per-thread cache (read it to apply the change).</summary>
    public static bool PerThread { get; } = Install();

    /// <summary>A builder from this thread's cache, or a new one.</summary>
    internal static StringBuilder Rent()
    {
        var kept = cache;
        if (kept is not null)
        {
            for (var i = 0; i < kept.Length; i++)
            {
                if (kept[i] is { } builder)
                {
                    kept[i] = null;
                    return builder;
                }
            }
        }

        return new StringBuilder(16);
    }

    /// <summary>Keeps a returned builder in this thread's cache if there is room; always false, so the shared pool keeps nothing.</summary>
    internal static bool Return(StringBuilder builder)
    {
        if (builder.Capacity > MaximumRetainedCapacity)
        {
            return false;
        }

        builder.Clear();
        var kept = cache ??= new StringBuilder?[Kept];
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i] is null)
            {
                kept[i] = builder;
                return false;
            }
        }

        return false;
    }

    private static bool Install()
    {
        try
        {
            var pool = typeof(Scanner).Assembly.GetType("YamlDotNet.Core.ObjectPool.StringBuilderPool")
                ?.GetField("Pool", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);
            var create = Field(pool?.GetType(), "createFunc");
            var @return = Field(pool?.GetType(), "returnFunc");
            if (pool is null || create?.FieldType != typeof(Func<StringBuilder>) || @return?.FieldType != typeof(Func<StringBuilder, bool>))
            {
                return false;
            }

            create.SetValue(pool, new Func<StringBuilder>(Rent));
            @return.SetValue(pool, new Func<StringBuilder, bool>(Return));
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a speed-up: whatever a later YamlDotNet does differently, loading must still work.
            return false;
        }
    }

    /// <summary>An instance field of the type or of a base type (private fields of a base type are not inherited in reflection).</summary>
    private static FieldInfo? Field(Type? type, string name)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.GetField(name, BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly) is { } field)
            {
                return field;
            }
        }

        return null;
    }
}
