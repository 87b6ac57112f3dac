using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace AllianceCompliance.Engine;

/// <summary>
/// How the rules' conditions and actions become delegates. Where the runtime compiles dynamic code,
/// they are compiled with FastExpressionCompiler (falling back to the built-in compiler for an
/// expression it cannot compile). Where it does not (the alliance-check tool runs with dynamic code
/// off, which starts it faster), they are interpreted.
/// </summary>
internal sealed class ConditionCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        RuntimeFeature.IsDynamicCodeCompiled
            ? expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile()
            : expression.Compile(preferInterpretation: true);
}
