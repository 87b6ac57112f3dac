using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>A tiered <see cref="Func{T, TResult}"/> (see <see cref="Tiering"/>): NRules' conditions on one fact.</summary>
internal sealed class TieredFunc<T, TResult>(Expression<Func<T, TResult>> expression, IExpressionCompiler compiler) : IPreparable
{
    private Func<T, TResult>? compiled;
    private Func<T, TResult>? interpreted;
    private int calls;

    public TResult Invoke(T argument) =>
        (Volatile.Read(ref compiled) ?? Tiering.Next(ref compiled, ref interpreted, ref calls, expression, compiler))(argument);

    /// <summary>Wraps an expression (what <see cref="TieredCompiler"/> calls, through a delegate made once per type).</summary>
    public static Delegate Create(LambdaExpression expression, IExpressionCompiler compiler, List<IPreparable> made)
    {
        var tiered = new TieredFunc<T, TResult>((Expression<Func<T, TResult>>)expression, compiler);
        made.Add(tiered);
        return new Func<T, TResult>(tiered.Invoke);
    }

    public void Prepare()
    {
        if (Volatile.Read(ref compiled) is null)
        {
            Tiering.Interpreted(ref interpreted, expression);
        }
    }
}
