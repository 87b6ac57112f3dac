using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>
/// How a tiered delegate (<see cref="TieredCompiler"/>) picks its code: interpreted, built on
/// first call, until the expression has run <see cref="Threshold"/> times; compiled after that.
/// Where the runtime compiles no dynamic code (ahead-of-time compiled, or started with dynamic code
/// turned off, as the alliance-check tool is), it stays interpreted.
/// </summary>
internal static class Tiering
{
    /// <summary>Calls after which an expression is compiled: past a few typical agreements, a few hundred members.</summary>
    public const int Threshold = 64;

    /// <summary>The delegate for a call while the compiled one is not yet there: the interpreted one, or, at the threshold, the compiled one.</summary>
    public static TDelegate Next<TDelegate>(
        ref TDelegate? compiled, ref TDelegate? interpreted, ref int calls, Expression<TDelegate> expression, IExpressionCompiler compiler)
        where TDelegate : Delegate
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            // Interpreted for good: the later calls take the fast path, with no count to keep.
            var only = Interpreted(ref interpreted, expression);
            Volatile.Write(ref compiled, only);
            return only;
        }

        if (Interlocked.Increment(ref calls) == Threshold)
        {
            var fast = compiler.Compile(expression);
            Volatile.Write(ref compiled, fast);
            return fast;
        }

        return Interpreted(ref interpreted, expression);
    }

    /// <summary>The interpreted delegate, built on first use. Two threads may both build it; either delegate will do.</summary>
    public static TDelegate Interpreted<TDelegate>(ref TDelegate? interpreted, Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        Volatile.Read(ref interpreted) ?? Interlocked.CompareExchange(ref interpreted, expression.Compile(preferInterpretation: true), null) ?? interpreted!;
}

/// <summary>A tiered delegate whose interpreted form can be built ahead of its first call (<see cref="RuleSet.PrepareConditions"/>).</summary>
internal interface IPreparable
{
    /// <summary>Builds the interpreted delegate if no call has yet.</summary>
    void Prepare();
}
