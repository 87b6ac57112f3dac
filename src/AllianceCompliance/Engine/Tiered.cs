using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>
/// A rule expression as <see cref="TieredCompiler"/> hands it to NRules: interpreted, built on first
/// call, until it has run <see cref="Tiering.Threshold"/> times; compiled after that. Where the
/// runtime compiles no dynamic code (ahead-of-time compiled, or started with dynamic code turned
/// off, as the alliance-check tool is), it stays interpreted. Each delegate shape NRules uses has a
/// subclass whose <c>Invoke</c> has that shape and calls <see cref="Current"/>.
/// </summary>
/// <typeparam name="TDelegate">The delegate type NRules asked for.</typeparam>
internal abstract class Tiered<TDelegate>(Expression<TDelegate> expression, IExpressionCompiler compiler) : IPreparable
    where TDelegate : Delegate
{
    private TDelegate? compiled;
    private TDelegate? interpreted;
    private int calls;

    /// <summary>The delegate NRules is given: the subclass's <c>Invoke</c>.</summary>
    public abstract TDelegate Entry { get; }

    /// <summary>The code for this call.</summary>
    protected TDelegate Current => Volatile.Read(ref compiled) ?? Next();

    /// <inheritdoc/>
    public void Prepare()
    {
        if (Volatile.Read(ref compiled) is null)
        {
            Interpreted();
        }
    }

    // While the compiled delegate is not yet there: the interpreted one, or, at the threshold, the compiled one.
    private TDelegate Next()
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            // Interpreted for good: the later calls take the fast path, with no count to keep.
            var only = Interpreted();
            Volatile.Write(ref compiled, only);
            return only;
        }

        if (Interlocked.Increment(ref calls) == Tiering.Threshold)
        {
            var fast = compiler.Compile(expression);
            Volatile.Write(ref compiled, fast);
            return fast;
        }

        return Interpreted();
    }

    // Built on first use. Two threads may both build it; either delegate will do.
    private TDelegate Interpreted() =>
        Volatile.Read(ref interpreted) ?? Interlocked.CompareExchange(ref interpreted, expression.Compile(preferInterpretation: true), null) ?? interpreted!;
}

/// <summary>When a <see cref="Tiered{TDelegate}"/> expression is compiled.</summary>
internal static class Tiering
{
    /// <summary>Calls after which an expression is compiled: past a few typical agreements, a few hundred members.</summary>
    public const int Threshold = 64;
}

/// <summary>A tiered delegate whose interpreted form can be built ahead of its first call (<see cref="RuleSet.PrepareConditions"/>).</summary>
internal interface IPreparable
{
    /// <summary>Builds the interpreted delegate if no call has yet.</summary>
    void Prepare();
}
