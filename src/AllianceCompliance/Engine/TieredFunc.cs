using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>A tiered <see cref="Func{T, TResult}"/> (see <see cref="Tiered{TDelegate}"/>): NRules' conditions on one fact.</summary>
internal sealed class TieredFunc<T, TResult>(Expression<Func<T, TResult>> expression, IExpressionCompiler compiler)
    : Tiered<Func<T, TResult>>(expression, compiler)
{
    /// <summary>Made through a delegate, once per type, by <see cref="TieredCompiler"/>.</summary>
    public static Tiered<Func<T, TResult>> Create(Expression<Func<T, TResult>> expression, IExpressionCompiler compiler) => new TieredFunc<T, TResult>(expression, compiler);

    public override Func<T, TResult> Entry => Invoke;

    public TResult Invoke(T argument) => Current(argument);
}
