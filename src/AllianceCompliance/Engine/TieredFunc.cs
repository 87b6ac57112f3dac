using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>A tiered <see cref="Func{T, TResult}"/> (see <see cref="Tiering"/>): NRules' conditions on one fact.</summary>
internal sealed class TieredFunc<T, TResult>(Expression<Func<T, TResult>> expression, IExpressionCompiler compiler)
{
    private Func<T, TResult>? compiled;
    private Func<T, TResult>? interpreted;
    private int calls;

    public TResult Invoke(T argument) =>
        (Volatile.Read(ref compiled) ?? Tiering.Next(ref compiled, ref interpreted, ref calls, expression, compiler))(argument);
}
