using System.Linq.Expressions;
using System.Reflection;
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
    private readonly List<IPreparable> tiered = [];

    /// <summary>The tiered delegates made so far, in the order NRules asked for them.</summary>
    public IReadOnlyList<IPreparable> Tiered
    {
        get
        {
            lock (tiered)
            {
                return [.. tiered];
            }
        }
    }

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate
    {
        if (Wrapper<TDelegate>.Create is not { } create)
        {
            return fast.Compile(expression);
        }

        var wrapper = create(expression, fast);
        lock (tiered)
        {
            tiered.Add(wrapper);
        }

        return wrapper.Entry;
    }

    // Per delegate type, the wrapper's factory: found once by reflection, then called directly for
    // each of the rule set's some 300 expressions (reflection on a cold start is slow). Null for
    // delegate shapes other than NRules' usual ones, which are compiled at once.
    private static class Wrapper<TDelegate>
        where TDelegate : Delegate
    {
        public static readonly Func<Expression<TDelegate>, IExpressionCompiler, Tiered<TDelegate>>? Create = Find();

        private static Func<Expression<TDelegate>, IExpressionCompiler, Tiered<TDelegate>>? Find()
        {
            var type = typeof(TDelegate);
            var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
            var wrapper = definition == typeof(Func<,>) ? typeof(TieredFunc<,>)
                : definition == typeof(Func<,,>) ? typeof(TieredJoin<,,>)
                : definition == typeof(Action<,>) ? typeof(TieredAction<,>)
                : null;
            return wrapper?.MakeGenericType(type.GetGenericArguments())
                .GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!
                .CreateDelegate<Func<Expression<TDelegate>, IExpressionCompiler, Tiered<TDelegate>>>();
        }
    }
}
