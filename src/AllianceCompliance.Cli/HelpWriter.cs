using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Cli;

/// <summary>
/// The help of a command (<c>--help</c>), in the run's language with its punctuation: the headings,
/// the names of the values and the defaults from the string tables, the descriptions from the
/// commands. It takes the place of the help option's action (System.CommandLine's documented way to
/// change the help; its own layout cannot be given other words) and reads only the public
/// description of the commands, options and arguments.
/// </summary>
internal sealed class HelpWriter(CliSyntax syntax) : SynchronousCommandLineAction
{
    /// <summary>Help is asked for: the command line need not be complete.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = parseResult.InvocationConfiguration.Output;
        Write(command, output);
        return ExitCode.Success;
    }

    private void Write(Command command, TextWriter output)
    {
        var path = string.Join(' ', [AllianceCheck.ToolName, .. Ancestry(command).Skip(1).Select(c => c.Name)]);
        output.WriteLine(command.Description);
        output.WriteLine();
        output.WriteLine(Say(Words.Cli.HelpUsage));
        output.WriteLine($"  {string.Join(' ', Usage(command, path))}");

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => (Label(a), a.Description ?? string.Empty)).ToList();
        Section(output, Words.Cli.HelpArguments, arguments);

        var options = Ancestry(command).SkipLast(1).SelectMany(c => c.Options.Where(o => o.Recursive))
            .Concat(command.Options)
            .Where(o => !o.Hidden)
            .Distinct()
            .Select(o => (Label(o), Description(o)))
            .ToList();
        Section(output, Words.Cli.HelpOptions, options);

        var subcommands = command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (string.Join(' ', [c.Name, .. c.Arguments.Where(a => !a.Hidden).Select(Label)]), c.Description ?? string.Empty))
            .ToList();
        Section(output, Words.Cli.HelpCommands, subcommands);
        if (subcommands.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Say(Words.Cli.HelpMore));
        }

        output.WriteLine();
    }

    private IEnumerable<string> Usage(Command command, string path)
    {
        yield return path;
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            yield return argument.Arity.MinimumNumberOfValues == 0 && !syntax.IsRequired(argument) ? $"[{Label(argument)}]" : Label(argument);
        }

        if (command.Subcommands.Count > 0)
        {
            yield return Say(Words.Cli.HelpCommandWord);
        }

        yield return Say(Words.Cli.HelpOptionsWord);
    }

    private static string Label(Argument argument) =>
        $"<{argument.HelpName ?? argument.Name}>{(argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty)}";

    private string Label(Option option)
    {
        // The Windows spellings of help (/?, /h) work but are not shown, as System.CommandLine's own help does not.
        var names = string.Join(", ", option.Aliases.Append(option.Name).Where(n => n.StartsWith('-')).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        if (option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0)
        {
            return names;
        }

        var value = syntax.ChoicesOf(option) is { } values ? string.Join('|', values.Order(StringComparer.Ordinal)) : option.HelpName ?? option.Name.TrimStart('-');
        return $"{names} <{value}>";
    }

    private string Description(Option option)
    {
        var description = option is HelpOption ? Say(Words.Cli.HelpOption) : option is VersionOption ? Say(Words.Cli.VersionOption) : option.Description ?? string.Empty;
        if (!option.HasDefaultValue || option.ValueType == typeof(bool) || option.GetDefaultValue() is not { } value)
        {
            return description;
        }

        // The default goes inside the sentence, before its full stop: "The report format (default: text)."
        var stop = Say(Words.Cli.FullStop) is var fullStop && description.EndsWith(fullStop, StringComparison.Ordinal) ? fullStop : string.Empty;
        return Say(Words.Cli.HelpDefault.Format(description[..^stop.Length], Convert.ToString(value, CultureInfo.InvariantCulture), stop));
    }

    private void Section(TextWriter output, Findings.LocalizedText heading, List<(string First, string Second)> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(Say(heading));
        var width = rows.Max(r => Width(r.First));
        foreach (var (first, second) in rows)
        {
            output.WriteLine($"  {first}{new string(' ', width - Width(first) + 2)}{second}".TrimEnd());
        }
    }

    private string Say(Findings.LocalizedText text) => syntax.Say(text);

    private static IEnumerable<Command> Ancestry(Command command)
    {
        var chain = new List<Command>();
        for (Symbol? at = command; at is Command c; at = c.Parents.FirstOrDefault())
        {
            chain.Insert(0, c);
        }

        return chain;
    }

    /// <summary>Columns a terminal gives a text: two for a wide (Chinese, full-width) character.</summary>
    private static int Width(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);
}
