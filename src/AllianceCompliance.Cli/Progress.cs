namespace AllianceCompliance.Cli;

/// <summary>
/// A progress bar on standard error while a large batch is checked: only when standard error is a
/// terminal, so nothing reaches a redirected log. Thread-safe; redrawn only when the bar changes.
/// </summary>
internal sealed class Progress : IDisposable
{
    /// <summary>Batches up to this many documents finish too fast to need a bar.</summary>
    public const int Threshold = 20;

    private const int Width = 30;
    private readonly TextWriter? error;
    private readonly int total;
    private readonly string label;
    private readonly Lock gate = new();
    private int done;
    private int drawn = -1;

    private Progress(TextWriter? error, int total, string label)
    {
        this.error = error;
        this.total = total;
        this.label = label;
    }

    /// <summary>A bar for a batch, labelled with the word for "checking" in the run's language.</summary>
    public static Progress For(Terminal terminal, int total, string label) =>
        new(!terminal.ErrorRedirected && total > Threshold ? terminal.Error : null, total, label);

    /// <summary>Counts one more document done and passes its result through.</summary>
    public T Step<T>(T result)
    {
        if (error is null)
        {
            return result;
        }

        var count = Interlocked.Increment(ref done);
        var filled = count * Width / total;
        lock (gate)
        {
            if (filled > drawn || count == total)
            {
                drawn = filled;
                error.Write($"\r{label} [{new string('#', filled)}{new string('.', Width - filled)}] {count}/{total}");
                error.Flush();
            }
        }

        return result;
    }

    /// <summary>Clears the bar, so the next line on the terminal starts clean.</summary>
    public void Dispose()
    {
        if (error is not null && drawn >= 0)
        {
            lock (gate)
            {
                error.Write($"\r{new string(' ', Width + 32)}\r");
                error.Flush();
            }
        }
    }
}
