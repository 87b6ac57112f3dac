using AllianceCompliance.Cli;

return AllianceCheck.Run(args, new Terminal(Console.In, Console.Out, Console.Error, Console.IsOutputRedirected, Console.IsErrorRedirected));
