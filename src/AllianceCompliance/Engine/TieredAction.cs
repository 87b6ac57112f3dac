using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>A tiered <see cref="Action{T1, T2}"/> (see <see cref="Tiered{TDelegate}"/>): NRules' rule actions.</summary>
internal sealed class TieredAction<T1, T2>(Expression<Action<T1, T2>> expression, IExpressionCompiler compiler)
    : Tiered<Action<T1, T2>>(expression, compiler)
{
    /// <summary>Made through a delegate, once per type, by <see cref="TieredCompiler"/>.</summary>
    public static Tiered<Action<T1, T2>> Create(Expression<Action<T1, T2>> expression, IExpressionCompiler compiler) => new TieredAction<T1, T2>(expression, compiler);

    public override Action<T1, T2> Entry => Invoke;

    public void Invoke(T1 first, T2 second) => Current(first, second);
}
