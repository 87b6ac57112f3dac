using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>A tiered <see cref="Action{T1, T2}"/> (see <see cref="Tiering"/>): NRules' rule actions.</summary>
internal sealed class TieredAction<T1, T2>(Expression<Action<T1, T2>> expression, IExpressionCompiler compiler) : IPreparable
{
    private Action<T1, T2>? compiled;
    private Action<T1, T2>? interpreted;
    private int calls;

    public void Invoke(T1 first, T2 second) =>
        (Volatile.Read(ref compiled) ?? Tiering.Next(ref compiled, ref interpreted, ref calls, expression, compiler))(first, second);

    /// <summary>Wraps an expression (what <see cref="TieredCompiler"/> calls, through a delegate made once per type).</summary>
    public static Delegate Create(LambdaExpression expression, IExpressionCompiler compiler, List<IPreparable> made)
    {
        var tiered = new TieredAction<T1, T2>((Expression<Action<T1, T2>>)expression, compiler);
        made.Add(tiered);
        return new Action<T1, T2>(tiered.Invoke);
    }

    public void Prepare()
    {
        if (Volatile.Read(ref compiled) is null)
        {
            Tiering.Interpreted(ref interpreted, expression);
        }
    }
}
