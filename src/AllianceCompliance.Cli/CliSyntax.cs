using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;
using AllianceCompliance.Findings;
using AllianceCompliance.Resources;

namespace AllianceCompliance.Cli;

/// <summary>
/// The command line of one run, in the run's language: the options and arguments are declared
/// through it so that every parse error a user can make is one of our sentences (from the string
/// tables), never the parser's; and it keeps what the help shows beside them (the values an option
/// takes). The parser's own messages are reached only by a kind of error not foreseen here, and are
/// then introduced as the parser's (<see cref="Words.Cli.ParserSays"/>).
/// </summary>
/// <remarks>
/// System.CommandLine 3 has no public hook for its messages or help layout (its <c>HelpBuilder</c> is
/// internal; its translations come by <c>CurrentUICulture</c> and keep English punctuation). What it
/// does document are validators, custom parsers, a command's <c>TreatUnmatchedTokensAsErrors</c> and
/// the help option's replaceable <c>Action</c>; those are all this uses.
/// </remarks>
internal sealed class CliSyntax(Language language)
{
    private readonly Dictionary<Option, IReadOnlyList<string>> choices = [];
    private readonly HashSet<string> ours = new(StringComparer.Ordinal);
    private readonly HashSet<Symbol> required = [];

    /// <summary>The language of the run's messages and help.</summary>
    public Language Language => language;

    /// <summary>The language named by a command's <c>--lang</c>, else the run's (from a <c>--lang</c> anywhere, else the environment).</summary>
    public Language LanguageOf(string? lang) => lang switch
    {
        Locale.Chinese => Language.Chinese,
        Locale.English => Language.English,
        _ => language,
    };

    /// <summary>A text of the run's language.</summary>
    public string Say(LocalizedText text) => text.In(language);

    /// <summary>The values an option takes, for the help; null for a free value.</summary>
    public IReadOnlyList<string>? ChoicesOf(Option option) => choices.GetValueOrDefault(option);

    /// <summary>Whether the command cannot run without an argument or option (declared so by <see cref="Require(Command, Argument, LocalizedText)"/>).</summary>
    public bool IsRequired(Symbol symbol) => required.Contains(symbol);

    /// <summary>Whether a parse error is one of ours.</summary>
    public bool IsOurs(ParseError error) => ours.Contains(error.Message);

    /// <summary>
    /// An option with one value: a missing value or a repeated option is our error, not the parser's
    /// (which would count the values against the arity first). Each occurrence still takes one word
    /// (<see cref="Option.AllowMultipleArgumentsPerToken"/> stays off).
    /// </summary>
    public Option<T> Valued<T>(Option<T> option)
    {
        // Zero or more words so that the parser leaves a missing or repeated value to us; the value is then the one word.
        option.CustomParser ??= result => result.Tokens is [var token] ? Convert<T>(result, token.Value) : default!;
        option.Arity = ArgumentArity.ZeroOrMore;
        option.AllowMultipleArgumentsPerToken = false;
        option.Validators.Add(result =>
        {
            if (result.Implicit)
            {
                return;
            }

            if (result.IdentifierTokenCount > 1)
            {
                Fail(result, Words.Cli.GivenTwice.Format(option.Name));
            }
            else if (result.Tokens.Count == 0)
            {
                Fail(result, Words.Cli.MissingValue.Format(option.Name));
            }
        });
        return option;
    }

    /// <summary>An option taking one of a fixed list of values (as they are typed).</summary>
    public Option<T> OneOf<T>(Option<T> option, IReadOnlyList<string> values)
    {
        choices[option] = values;
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !values.Contains(token.Value, StringComparer.Ordinal))
            {
                Fail(result, Words.Cli.NotOneOf.Format(option.Name, token.Value, string.Join(Say(Words.ValueSeparator), values)));
            }
        });
        return Valued(option);
    }

    /// <summary>An option taking a whole number, checked by <paramref name="check"/> (which gives the error, if any).</summary>
    public Option<T> WholeNumber<T>(Option<T> option, Func<long, LocalizedText?> check)
        where T : struct, IBinaryInteger<T>
    {
        option.CustomParser = result =>
        {
            if (result.Tokens is not [var token])
            {
                return default;
            }

            if (!T.TryParse(token.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                Fail(result, Words.Cli.NotWholeNumber.Format(option.Name, token.Value));
                return default;
            }

            if (check(long.CreateSaturating(value)) is { } problem)
            {
                Fail(result, problem);
            }

            return value;
        };
        return Valued(option);
    }

    /// <summary>An option's one word as its value: the word itself, or the file it names.</summary>
    private T Convert<T>(ArgumentResult result, string word)
    {
        if (typeof(T) != typeof(FileInfo))
        {
            return (T)(object)word;
        }

        try
        {
            return (T)(object)new FileInfo(word);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            Fail(result, Loading.OsErrors.Describe(e, word));
            return default!;
        }
    }

    /// <summary>An option the command cannot run without.</summary>
    public void Require(Command command, Option option)
    {
        required.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is null)
            {
                Fail(result, Words.Cli.MissingOption.Format(option.Name));
            }
        });
    }

    /// <summary>An argument the command cannot run without, with what to say when it is missing.</summary>
    public void Require(Command command, Argument argument, LocalizedText missing)
    {
        required.Add(argument);
        argument.Arity = new ArgumentArity(0, argument.Arity.MaximumNumberOfValues);
        command.Validators.Add(result =>
        {
            if (result.GetResult(argument) is not { Tokens.Count: > 0 })
            {
                Fail(result, missing);
            }
        });
    }

    /// <summary>
    /// Every message of a parse, in the run's language: ours for words that are no command, option
    /// or argument (the commands leave them to us: <see cref="Command.TreatUnmatchedTokensAsErrors"/>),
    /// ours from the validators, and the parser's own, introduced as such, for any other kind.
    /// </summary>
    public IEnumerable<string> Errors(ParseResult parsed)
    {
        foreach (var token in parsed.UnmatchedTokens)
        {
            yield return Say(token.StartsWith('-') ? CliWords.UnknownOption(token) : Words.Cli.UnknownArgument.Format(token));
        }

        foreach (var error in parsed.Errors)
        {
            yield return IsOurs(error) ? error.Message : Say(Words.Cli.ParserSays.Format(error.Message));
        }
    }

    private void Fail(SymbolResult result, LocalizedText message)
    {
        var text = Say(message);
        ours.Add(text);
        result.AddError(text);
    }
}
