using AllianceCompliance.Resources;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AllianceCompliance.Loading;

/// <summary>
/// YamlDotNet's parser with one promise added: whatever the input, it fails only with a
/// <see cref="YamlException"/> that carries the position of the problem. On some malformed input
/// the scanner throws other exceptions (an <see cref="InvalidOperationException"/> from a plain
/// scalar in a flow collection, aaubry/YamlDotNet#541), and some of its syntax errors carry no
/// position (a tab used as indentation); both are placed where the scanner stopped.
/// </summary>
internal sealed class GuardedParser : IParser
{
    private readonly Scanner scanner;
    private readonly Parser inner;

    public GuardedParser(TextReader text)
    {
        scanner = new Scanner(text);
        inner = new Parser(scanner);
    }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        try
        {
            return inner.MoveNext();
        }
        catch (YamlException e) when (e.Start.Equals(Mark.Empty) && !scanner.CurrentPosition.Equals(Mark.Empty))
        {
            throw new SyntaxErrorException(scanner.CurrentPosition, scanner.CurrentPosition, YamlMessages.Unplaced(e.Message));
        }
        catch (Exception e) when (e is not (YamlException or OutOfMemoryException))
        {
            throw new OwnSyntaxError(scanner.CurrentPosition, Words.Yaml.Other);
        }
    }
}
