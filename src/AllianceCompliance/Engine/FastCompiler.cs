using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>
/// Compiles the rules' condition and action expressions with FastExpressionCompiler: the delegates
/// run as fast as <see cref="LambdaExpression.Compile()"/>'s, but are built without the
/// System.Linq.Expressions compiler's per-expression overhead, which is most of the cost of
/// compiling a rule set at start-up. An expression it cannot compile falls back to the built-in compiler.
/// </summary>
internal sealed class FastCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        // Without dynamic code, FastExpressionCompiler cannot emit; the built-in compiler interprets.
        (RuntimeFeature.IsDynamicCodeCompiled ? expression.CompileFast(ifFastFailedReturnNull: true) : null) ?? expression.Compile();
}
