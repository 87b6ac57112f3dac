using System.CommandLine;
using AllianceCompliance.Findings;
using AllianceCompliance.Loading;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Cli;

/// <summary><c>alliance-check schema</c>: prints the JSON Schema of the agreement file format.</summary>
internal static class SchemaCommand
{
    public static Command Create(Terminal terminal, CliSyntax syntax)
    {
        var help = syntax.Language;
        var command = new Command("schema", Words.Cli.Schema.In(help));
        command.SetAction(_ =>
        {
            terminal.Out.Write(AgreementSchema.Json);
            return ExitCode.Success;
        });
        return command;
    }
}
