using System.Text;
using AllianceCompliance.Cli;

namespace AllianceCompliance.Cli.Tests;

/// <summary>Runs <c>alliance-check</c> in-process with captured streams.</summary>
internal static class Cli
{
    public static string Samples { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples"));

    public static (int Exit, string Out, string Error) RunWithInput(string stdin, params string[] args) => RunOn(null, stdin, args);

    /// <summary>Runs with the clock stopped on a given day.</summary>
    public static (int Exit, string Out, string Error) RunOn(DateOnly? today, string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = new Terminal(output, error)
        {
            OpenInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            Time = today is { } day ? new FixedTime(day) : TimeProvider.System,
        };
        var exit = AllianceCheck.Run(args, terminal);
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);
}
