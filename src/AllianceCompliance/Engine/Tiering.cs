using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>
/// How a tiered delegate (<see cref="TieredCompiler"/>) picks its code: interpreted, built on
/// first call, until the expression has run <see cref="Threshold"/> times; compiled after that.
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
        if (Interlocked.Increment(ref calls) == Threshold)
        {
            var fast = compiler.Compile(expression);
            Volatile.Write(ref compiled, fast);
            return fast;
        }

        // Two threads may both interpret the expression the first time; either delegate will do.
        return Volatile.Read(ref interpreted) ?? Interlocked.CompareExchange(ref interpreted, expression.Compile(preferInterpretation: true), null) ?? interpreted!;
    }
}
