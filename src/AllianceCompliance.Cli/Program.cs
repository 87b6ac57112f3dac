using AllianceCompliance.Cli;
using AllianceCompliance.Rules;

if (args is ["check", ..])
{
    // Compiling the rules is most of a cold check: start it on another core while the command
    // line is parsed and the first document is read and loaded (AgreementChecker waits for it then).
    // A failure here is seen again, and reported, when the check asks for the rule set.
    _ = Task.Run(() => GuidingOpinions.RuleSet);
}

return AllianceCheck.Run(args, new Terminal(Console.In, Console.Out, Console.Error, Console.IsOutputRedirected, Console.IsErrorRedirected));
