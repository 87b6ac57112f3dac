using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>A tiered <see cref="Func{T1, T2, TResult}"/> (see <see cref="Tiering"/>): NRules' conditions on a tuple and a fact.</summary>
internal sealed class TieredJoin<T1, T2, TResult>(Expression<Func<T1, T2, TResult>> expression, IExpressionCompiler compiler)
{
    private Func<T1, T2, TResult>? compiled;
    private Func<T1, T2, TResult>? interpreted;
    private int calls;

    public TResult Invoke(T1 first, T2 second) =>
        (Volatile.Read(ref compiled) ?? Tiering.Next(ref compiled, ref interpreted, ref calls, expression, compiler))(first, second);
}
