using System.Collections.Concurrent;
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
    // Per delegate type, the wrapper's factory: made once by reflection, then called directly for each
    // of the rule set's some 300 expressions (reflection on a cold start is slow).
    private static readonly ConcurrentDictionary<Type, Func<LambdaExpression, IExpressionCompiler, List<IPreparable>, Delegate>?> Wrappers = new();

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
        if (Wrappers.GetOrAdd(typeof(TDelegate), WrapperOf) is not { } create)
        {
            return fast.Compile(expression);
        }

        lock (tiered)
        {
            return (TDelegate)create(expression, fast, tiered);
        }
    }

    private static Func<LambdaExpression, IExpressionCompiler, List<IPreparable>, Delegate>? WrapperOf(Type type)
    {
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : null;
        var wrapper = definition == typeof(Func<,>) ? typeof(TieredFunc<,>)
            : definition == typeof(Func<,,>) ? typeof(TieredJoin<,,>)
            : definition == typeof(Action<,>) ? typeof(TieredAction<,>)
            : null;
        if (wrapper is null)
        {
            return null;
        }

        var create = wrapper.MakeGenericType(type.GetGenericArguments()).GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!;
        return create.CreateDelegate<Func<LambdaExpression, IExpressionCompiler, List<IPreparable>, Delegate>>();
    }
}
