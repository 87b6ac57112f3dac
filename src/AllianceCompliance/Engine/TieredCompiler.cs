using System.Linq.Expressions;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>
/// NRules' expression compiler for a rule set: each condition and action starts interpreted and is
/// compiled with <see cref="FastCompiler"/> once it has run <see cref="Tiering.Threshold"/> times.
/// A compiled expression is a dynamic method the JIT compiles on its first call (about 0.15 ms
/// each, some 300 of them on a first check: the largest part of a cold start ReadyToRun cannot
/// remove); one check of a typical agreement runs each expression a few dozen times at most, which
/// the interpreter does in less time than the JIT takes. Batches and large agreements pass the
/// threshold early and run compiled code. Delegate shapes other than NRules' usual ones are compiled at once.
/// </summary>
internal sealed class TieredCompiler : IExpressionCompiler
{
    private readonly FastCompiler fast = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        var type = typeof(TDelegate);
        var tiered = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
        var wrapper = tiered == typeof(Func<,>) ? typeof(TieredFunc<,>)
            : tiered == typeof(Func<,,>) ? typeof(TieredJoin<,,>)
            : tiered == typeof(Action<,>) ? typeof(TieredAction<,>)
            : null;
        if (wrapper is null)
        {
            return fast.Compile(expression);
        }

        var instance = Activator.CreateInstance(wrapper.MakeGenericType(type.GetGenericArguments()), expression, fast)!;
        return (TDelegate)Delegate.CreateDelegate(type, instance, "Invoke");
    }
}
