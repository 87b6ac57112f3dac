using System.CommandLine;
using System.Reflection;

namespace AllianceCompliance.Cli;

/// <summary>The <c>alliance-check</c> command: parses the command line and runs a sub-command.</summary>
internal static class AllianceCheck
{
    public static string Version { get; } =
        typeof(AllianceCheck).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    private static readonly (string Name, Func<Terminal, Command> Create)[] Commands =
    [
        ("check", CheckCommand.Create),
        ("rules", RulesCommand.Create),
        ("schema", SchemaCommand.Create),
    ];

    /// <summary>Runs the command; never throws, and never lets a stack trace reach the user.</summary>
    public static int Run(string[] args, Terminal terminal)
    {
        var root = new RootCommand("Checks industrial technology innovation strategic alliance agreements against the Guiding Opinions (Guo Ke Fa Zheng [2008] No. 770).");
        // Only the sub-command being run is built (with its options, validators and report formats):
        // the others are start-up time a check does not use. Anything else (help, a misspelt
        // command) gets them all.
        var only = args is [var first, ..] && Commands.Any(c => c.Name == first) ? first : null;
        foreach (var (name, create) in Commands)
        {
            if (only is null || only == name)
            {
                root.Subcommands.Add(create(terminal));
            }
        }

        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    terminal.Error.WriteLine($"alliance-check: {error.Message}");
                }

                terminal.Error.WriteLine("Run 'alliance-check --help' for usage.");
                return ExitCode.Invalid;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = terminal.Out,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            terminal.Error.WriteLine($"alliance-check: internal error: {e.Message}");
            terminal.Error.WriteLine("Please report this with the input that caused it.");
            return ExitCode.Invalid;
        }
    }
}
