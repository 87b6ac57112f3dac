using System.Text;
using AllianceCompliance.Cli;

namespace AllianceCompliance.Cli.Tests;

/// <summary>Runs <c>alliance-check</c> in-process with captured streams.</summary>
internal static class Cli
{
    public static string Samples { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples"));

    public static (int Exit, string Out, string Error) RunWithInput(string stdin, params string[] args) => RunOn(null, stdin, args);

    /// <summary>Runs with the clock stopped on a given day.</summary>
    public static (int Exit, string Out, string Error) RunOn(DateOnly? today, string stdin, params string[] args) =>
        RunIn(new Dictionary<string, string>(), today, stdin, args);

    /// <summary>
    /// Runs with the given locale variables (<c>LANG</c>, <c>LC_ALL</c>, <c>LC_MESSAGES</c>) in place of the
    /// machine's, which never reach a test: an English run stays English on a Chinese machine.
    /// </summary>
    public static (int Exit, string Out, string Error) RunWithLocale(IReadOnlyDictionary<string, string> locale, params string[] args) =>
        RunIn(locale, null, string.Empty, args);

    private static (int Exit, string Out, string Error) RunIn(IReadOnlyDictionary<string, string> locale, DateOnly? today, string stdin, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = new Terminal(output, error)
        {
            OpenInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)),
            Time = today is { } day ? new FixedTime(day) : TimeProvider.System,
            Variable = name => name is "LANG" or "LC_ALL" or "LC_MESSAGES" ? locale.GetValueOrDefault(name) : Environment.GetEnvironmentVariable(name),
        };
        var exit = AllianceCheck.Run(args, terminal);
        return (exit, output.ToString(), error.ToString());
    }

    public static (int Exit, string Out, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>Runs with standard output redirected to bytes (a binary report), the clock stopped on a given day.</summary>
    public static (int Exit, byte[] Out, string Error) RunToBytes(DateOnly today, params string[] args)
    {
        var bytes = new MemoryStream();
        var error = new StringWriter();
        var terminal = new Terminal(new StringWriter(), error) { OpenOutput = () => bytes, Time = new FixedTime(today) };
        var exit = AllianceCheck.Run(args, terminal);
        return (exit, bytes.ToArray(), error.ToString());
    }

    /// <summary>Runs with standard output a terminal (not redirected).</summary>
    public static (int Exit, string Out, string Error) RunOnTerminal(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = AllianceCheck.Run(args, new Terminal(output, error, OutRedirected: false, ErrorRedirected: false) { OpenOutput = () => throw new AssertionException("wrote binary output to a terminal") });
        return (exit, output.ToString(), error.ToString());
    }
}
