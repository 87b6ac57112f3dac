using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>A tiered <see cref="Func{T1, T2, TResult}"/> (see <see cref="Tiering"/>): NRules' conditions on a tuple and a fact.</summary>
internal sealed class TieredJoin<T1, T2, TResult>(Expression<Func<T1, T2, TResult>> expression, IExpressionCompiler compiler) : IPreparable
{
    private Func<T1, T2, TResult>? compiled;
    private Func<T1, T2, TResult>? interpreted;
    private int calls;

    public TResult Invoke(T1 first, T2 second) =>
        (Volatile.Read(ref compiled) ?? Tiering.Next(ref compiled, ref interpreted, ref calls, expression, compiler))(first, second);

    /// <summary>Wraps an expression (what <see cref="TieredCompiler"/> calls, through a delegate made once per type).</summary>
    public static Delegate Create(LambdaExpression expression, IExpressionCompiler compiler, List<IPreparable> made)
    {
        var tiered = new TieredJoin<T1, T2, TResult>((Expression<Func<T1, T2, TResult>>)expression, compiler);
        made.Add(tiered);
        return new Func<T1, T2, TResult>(tiered.Invoke);
    }

    public void Prepare()
    {
        if (Volatile.Read(ref compiled) is null)
        {
            Tiering.Interpreted(ref interpreted, expression);
        }
    }
}
