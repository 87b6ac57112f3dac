using AllianceCompliance.Fuzz;
using SharpFuzz;

// alliance-fuzz afl        : AFL++ (afl-fuzz runs this once and feeds it inputs over shared memory)
// alliance-fuzz libfuzzer  : libFuzzer, through libfuzzer-dotnet
// alliance-fuzz <file>...  : replay inputs (a crash the fuzzer found) without a fuzzer
switch (args)
{
    case ["afl"]:
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTarget.Check(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        });
        break;
    case ["libfuzzer"]:
        Fuzzer.LibFuzzer.Run(FuzzTarget.Check);
        break;
    case [_, ..]:
        foreach (var file in args)
        {
            FuzzTarget.Check(File.ReadAllBytes(file));
            Console.WriteLine($"{file}: ok");
        }

        break;
    default:
        Console.Error.WriteLine("usage: alliance-fuzz afl | libfuzzer | <input file>...");
        return 2;
}

return 0;
