namespace AllianceCompliance.Tests.Robustness;

/// <summary>
/// Runs work with a deadline, so that a hang fails the test instead of stalling the run. The
/// deadline is generous (the machine may be busy): it catches hangs, it does not measure speed.
/// </summary>
internal static class Bounded
{
    public static T Run<T>(Func<T> work, TimeSpan deadline, string what)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(deadline))
        {
            Assert.Fail($"{what} did not finish within {deadline.TotalSeconds} s: it hangs.");
        }

        return task.Result;
    }
}
