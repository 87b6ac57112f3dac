using System.CommandLine;
using AllianceCompliance.Loading;

namespace AllianceCompliance.Cli;

/// <summary><c>alliance-check schema</c>: prints the JSON Schema of the agreement file format.</summary>
internal static class SchemaCommand
{
    public static Command Create(Terminal terminal)
    {
        var command = new Command("schema", "Print the JSON Schema (draft-07) of the agreement file format, for editors.");
        command.SetAction(_ =>
        {
            terminal.Out.Write(AgreementSchema.Json);
            return ExitCode.Success;
        });
        return command;
    }
}
