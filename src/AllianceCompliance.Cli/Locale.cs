using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using AllianceCompliance.Findings;

namespace AllianceCompliance.Cli;

/// <summary>
/// The language of a run: <c>--lang</c> when given, otherwise the locale of the environment
/// (<c>LC_ALL</c>, then <c>LC_MESSAGES</c>, then <c>LANG</c>, as POSIX orders them): any Chinese
/// locale (<c>zh_CN.UTF-8</c>, <c>zh_TW.UTF-8</c>, <c>zh_HK</c>…) gives <c>zh-CN</c>, the only Chinese
/// the tool speaks; anything else gives <c>en</c>.
/// </summary>
internal static class Locale
{
    public const string English = "en";
    public const string Chinese = "zh-CN";

    public static string[] Names { get; } = [English, Chinese];

    /// <summary>
    /// The language of a command line before it is parsed (for its parse errors and help): its
    /// <c>--lang</c> value when it has a valid one, otherwise the environment's.
    /// </summary>
    public static Language Of(IReadOnlyList<string> args, Terminal terminal)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) ? args[i]["--lang=".Length..]
                : null;
            if (value is English or Chinese)
            {
                return value == Chinese ? Language.Chinese : Language.English;
            }
        }

        return FromEnvironment(terminal.Variable);
    }

    /// <summary>
    /// Makes the command-line parser speak the run's language until disposed. The help and every
    /// parse error a user can make are ours (<see cref="HelpWriter"/>, <see cref="CliSyntax"/>); a kind
    /// of parse error not foreseen there is shown in the parser's words, which then come from its
    /// translations, found by the culture of the thread (Simplified Chinese: <c>zh-Hans</c>, shipped
    /// beside the tool; see the project file).
    /// Where that culture cannot be created (a host without <c>PredefinedCulturesOnly=false</c>, such
    /// as the tests'), the parser keeps its English.
    /// </summary>
    public static IDisposable ParserWords(Language language)
    {
        var before = CultureInfo.CurrentUICulture;
        if (language == Language.Chinese)
        {
            try
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hans");
                AssemblyLoadContext.Default.Resolving -= FindTranslation;
                AssemblyLoadContext.Default.Resolving += FindTranslation;
            }
            catch (CultureNotFoundException)
            {
                // The parser's messages stay English; ours are Chinese all the same.
            }
        }

        return new Restore(before);
    }

    /// <summary>
    /// Finds a translation (satellite assembly) in the folder named as the culture is written,
    /// <c>zh-Hans</c>: with invariant globalization the culture's name is upper-cased (<c>zh-HANS</c>),
    /// and on a case-sensitive file system the runtime would not find that folder itself.
    /// </summary>
    private static Assembly? FindTranslation(AssemblyLoadContext context, AssemblyName name)
    {
        if (name.CultureName is not { Length: > 0 } culture || !name.Name!.EndsWith(".resources", StringComparison.Ordinal))
        {
            return null;
        }

        var folder = Directory.EnumerateDirectories(AppContext.BaseDirectory)
            .FirstOrDefault(d => string.Equals(Path.GetFileName(d), culture, StringComparison.OrdinalIgnoreCase));
        var path = folder is null ? null : Path.Combine(folder, name.Name + ".dll");
        return path is not null && File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
    }

    private sealed class Restore(CultureInfo before) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = before;
    }

    private static Language FromEnvironment(Func<string, string?> variable)
    {
        foreach (var name in (string[])["LC_ALL", "LC_MESSAGES", "LANG"])
        {
            if (variable(name) is { Length: > 0 } locale)
            {
                return locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Chinese : Language.English;
            }
        }

        return Language.English;
    }
}
