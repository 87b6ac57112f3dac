namespace AllianceCompliance.Cli;

/// <summary>The exit codes of the command-line contract.</summary>
internal static class ExitCode
{
    /// <summary>Nothing at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>A document was invalid, or the command was used wrongly.</summary>
    public const int Invalid = 2;
}
