using System.CommandLine;
using System.Globalization;
using System.Resources;
using Suite.Ledger;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// The CLI's words in the user's language. Code holds the English text, which is also the key (as with
/// IStringLocalizer); Resources/Strings.resx holds the Chinese that county, township and village staff read.
/// Chinese is the default; English is chosen by --lang en or an English locale.
/// </summary>
public static class Words
{
    private static readonly ResourceManager Chinese = new("Suite.Cli.Resources.Strings", typeof(Words).Assembly);
    private static readonly AsyncLocal<bool> InEnglish = new();

    public static readonly string[] Languages = ["zh", "en"];

    public static bool English => InEnglish.Value;

    /// <summary>Chooses the language of this command run: --lang if given, else the locale (English only for an "en" locale).</summary>
    public static void Choose(string? lang, string? locale)
    {
        InEnglish.Value = lang is not null ? lang == "en" : locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        // System.CommandLine's own words (Usage, Options, parse errors) follow the UI culture of this run.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(English ? "en" : "zh-Hans");
    }

    /// <summary>The text in the chosen language; English when no translation exists.</summary>
    public static string T(string english) =>
        English ? english : Chinese.GetString(english, CultureInfo.InvariantCulture) ?? english;

    /// <summary>A composite format string ("{0} women") in the chosen language, filled in.</summary>
    public static string F(string english, params object?[] args) => string.Format(CultureInfo.InvariantCulture, T(english), args);

    /// <summary>True when the resources hold a Chinese text for this key (tests check every key the code uses).</summary>
    public static bool IsTranslated(string english) => Chinese.GetString(english, CultureInfo.InvariantCulture) is not null;

    /// <summary>An enum value as users know it: the Chinese label, or in English the proto name without its prefix ("minimum-allowance").</summary>
    public static string Name<TEnum>(CsvLabels<TEnum> labels, TEnum value) where TEnum : struct, Enum =>
        Convert.ToInt32(value) == 0 ? "" : English || labels.Label(value).Length == 0 ? EnumWords.English(value) : labels.Label(value);

    /// <summary>A code a service sends (a department, role, status, field or RPC) in the user's words; the code itself when unknown.</summary>
    public static string Code(string kind, string code) =>
        English ? code : Chinese.GetString($"{kind}:{code}", CultureInfo.InvariantCulture) ?? code;

    public static string YesNo(bool value) => T(value ? "yes" : "no");

    // Options are static and shared by runs in one process (the tests): their English text is kept here.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Symbol, string> EnglishHelp = new();

    // A help text that lists the Chinese choices after its English words ("How it came in: 12338热线/…") is translated by its words.
    private static string Help(string english) =>
        IsTranslated(english) || english.IndexOf(": ", StringComparison.Ordinal) is not (> 0 and var colon) ? T(english) : T(english[..colon]) + "：" + english[(colon + 2)..];

    /// <summary>Every command's, option's and argument's help text in the chosen language.</summary>
    public static void Localize(Command command)
    {
        static void Translate(Symbol symbol)
        {
            if (symbol.Description is { Length: > 0 } || EnglishHelp.TryGetValue(symbol, out _))
            {
                symbol.Description = Help(EnglishHelp.GetValue(symbol, s => s.Description!));
            }
        }
        Translate(command);
        foreach (var option in command.Options)
        {
            Translate(option);
        }
        foreach (var argument in command.Arguments)
        {
            Translate(argument);
        }
        foreach (var sub in command.Subcommands)
        {
            Localize(sub);
        }
    }
}
