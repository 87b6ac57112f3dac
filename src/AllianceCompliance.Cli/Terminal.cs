namespace AllianceCompliance.Cli;

/// <summary>The standard streams a run reads and writes, and whether they are terminals.</summary>
/// <param name="Out">Standard output: the report.</param>
/// <param name="Error">Standard error: diagnostics about the run itself.</param>
/// <param name="OutRedirected">Whether standard output is a file or pipe rather than a terminal.</param>
/// <param name="ErrorRedirected">Whether standard error is a file or pipe rather than a terminal.</param>
internal sealed record Terminal(TextWriter Out, TextWriter Error, bool OutRedirected = true, bool ErrorRedirected = true)
{
    /// <summary>Standard input as bytes (the console's stream, or a test's bytes); opened only when a document is read from it.</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Standard output as bytes, for a binary report (a Word document) when it is redirected to a file or pipe.</summary>
    public Func<Stream> OpenOutput { get; init; } = Console.OpenStandardOutput;

    /// <summary>The clock waivers expire by (a fixed one in tests).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Reads an environment variable (the process's, or a test's own).</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Whether the report may be coloured: a terminal, <c>NO_COLOR</c> unset or empty (no-color.org), and not a dumb terminal.</summary>
    public bool ColorAllowed =>
        !OutRedirected
        && string.IsNullOrEmpty(Variable("NO_COLOR"))
        && Variable("TERM") != "dumb";
}
