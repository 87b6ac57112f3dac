using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>A tiered <see cref="Func{T1, T2, TResult}"/> (see <see cref="Tiered{TDelegate}"/>): NRules' conditions on a tuple and a fact.</summary>
internal sealed class TieredJoin<T1, T2, TResult>(Expression<Func<T1, T2, TResult>> expression, IExpressionCompiler compiler)
    : Tiered<Func<T1, T2, TResult>>(expression, compiler)
{
    /// <summary>Made through a delegate, once per type, by <see cref="TieredCompiler"/>.</summary>
    public static Tiered<Func<T1, T2, TResult>> Create(Expression<Func<T1, T2, TResult>> expression, IExpressionCompiler compiler) => new TieredJoin<T1, T2, TResult>(expression, compiler);

    public override Func<T1, T2, TResult> Entry => Invoke;

    public TResult Invoke(T1 first, T2 second) => Current(first, second);
}
