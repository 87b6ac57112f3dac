using System.Reflection;
using System.Text;
using YamlDotNet.Core;

namespace AllianceCompliance.Loading;

/// <summary>
/// Stops YamlDotNet's scanner from sharing its string builders between threads. The scanner rents
/// up to four <see cref="StringBuilder"/>s for every scalar from one pool for the whole process
/// (<c>YamlDotNet.Core.ObjectPool.StringBuilderPool</c>: a shared slot and a concurrent queue,
/// each rent and return an interlocked write). Two threads loading at once write to the same cache
/// lines for every scalar: on this project's 2-core machine, parsing 1,000 typical agreements on two
/// threads was only 1.04 to 1.11 times as fast as on one, and took 1.7 to 1.9 times the CPU
/// (tests/AllianceCompliance.Benchmarks/README.md). With the pool keeping nothing, a rent is a new
/// 16-character builder and nothing is written to shared memory: 1.6 to 1.75 times as fast on two.
/// One thread allocates a little more (about 8 % more time in a single-threaded batch).
/// </summary>
/// <remarks>
/// The pool is internal to YamlDotNet, so this sets its policy's retained capacity by reflection,
/// once. If a later YamlDotNet has no such pool, nothing is changed and <see cref="Unshared"/> is
/// false; a test pins it to true for the version the project uses, so an upgrade that moves the
/// pool is noticed. Other YamlDotNet users in the same process also stop pooling builders.
/// </remarks>
internal static class ScannerPooling
{
    /// <summary>Whether YamlDotNet's scanner pool now keeps no builders (read it to apply the change).</summary>
    public static bool Unshared { get; } = Unshare();

    private static bool Unshare()
    {
        try
        {
            var pool = typeof(Scanner).Assembly.GetType("YamlDotNet.Core.ObjectPool.StringBuilderPool")
                ?.GetField("Pool", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);
            var policy = (Field(pool?.GetType(), "returnFunc")?.GetValue(pool) as Delegate)?.Target;
            var capacity = policy?.GetType().GetProperty("MaximumRetainedCapacity", BindingFlags.Public | BindingFlags.Instance);
            if (capacity is null || capacity.PropertyType != typeof(int) || !capacity.CanWrite)
            {
                return false;
            }

            // The policy returns a builder to the pool only if its capacity is at most this: none is.
            capacity.SetValue(policy, -1);
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
