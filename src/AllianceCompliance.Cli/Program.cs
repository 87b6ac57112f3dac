using System.Text;
using AllianceCompliance.Cli;
using AllianceCompliance.Rules;

if (args is ["check", ..])
{
    // Compiling the rules is most of a cold check: start it on another core while the command
    // line is parsed and the first document is read and loaded (AgreementChecker waits for it then).
    // Then, while the first document is evaluated, build the interpreted form of the rules'
    // conditions from the other end, so that the two cores share that work. A thread of its own
    // starts at once (a first task waits about 10 ms for the thread pool). A failure here is seen
    // again, and reported, when the check asks for the rule set.
    new Thread(PrepareRules) { IsBackground = true, Name = "rule set" }.Start();
}

// The report goes out through one 64 KB buffer (Console.Out writes to the stream at every call).
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
return AllianceCheck.Run(args, new Terminal(output, Console.Error, Console.IsOutputRedirected, Console.IsErrorRedirected));

static void PrepareRules()
{
    try
    {
        GuidingOpinions.RuleSet.PrepareConditions();
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        // Reported by the check (the rule set's Lazy keeps the exception); a thread must not end with it.
    }
}
