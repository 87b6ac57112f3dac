using System.Text;
using AllianceCompliance.Cli;

// The report goes out through one 64 KB buffer (Console.Out writes to the stream at every call).
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
return AllianceCheck.Run(args, new Terminal(output, Console.Error, Console.IsOutputRedirected, Console.IsErrorRedirected));
