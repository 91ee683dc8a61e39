using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// The command-line parser's own complaints (a missing option, a word where a number goes, a missing sub-command) in
/// the user's language: the parser writes them in English (its invariant resources, asked for on purpose so that
/// the patterns below hold), and each known one is said again through the CLI's words.
/// </summary>
public static partial class ParseErrors
{
    public static ParseResult Parse(RootCommand root, string[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return root.Parse(args);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>Writes the parse errors, one line each, and how to see the usage; returns the exit code for bad input (1).</summary>
    public static async Task<int> ReportAsync(ParseResult parse, TextWriter error)
    {
        var messages = parse.Errors.Select(e => e.Message).Distinct().ToList();
        // A mistyped sub-command is the one thing to say: "a sub-command is missing" follows from it.
        if (messages.Any(m => Unrecognized().IsMatch(m)))
        {
            messages.RemoveAll(m => RequiredCommand().IsMatch(m));
        }
        foreach (var message in messages)
        {
            await error.WriteLineAsync(Words.T("error: ") + Describe(message));
        }
        await error.WriteLineAsync(Words.F("See the usage: suite {0} --help", string.Join(' ', CommandPath(parse.CommandResult))));
        return 1;
    }

    public static string Describe(string message)
    {
        if (RequiredCommand().IsMatch(message))
        {
            return Words.T("Say what to do: a sub-command is missing.");
        }
        if (RequiredOption().Match(message) is { Success: true } option)
        {
            return Words.F("The option {0} is required.", option.Groups[1].Value);
        }
        if (CannotParse().Match(message) is { Success: true } parse)
        {
            return Words.F("'{0}' is not {1} (for {2}).", parse.Groups[1].Value, Words.T(TypeWords(parse.Groups[3].Value)), parse.Groups[2].Value);
        }
        if (Unrecognized().Match(message) is { Success: true } unknown)
        {
            return Words.F("'{0}' is not a command or option here.", unknown.Groups[1].Value);
        }
        return message;
    }

    private static string TypeWords(string type) => type switch
    {
        "System.Int64" or "System.Int32" => "a whole number",
        "System.Double" or "System.Decimal" => "a number",
        "System.Boolean" => "true or false",
        _ => "of the right kind",
    };

    // The sub-commands typed ("women get"), without the root.
    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.SymbolResult? result)
    {
        var names = new Stack<string>();
        for (var r = result; r is System.CommandLine.Parsing.CommandResult { Parent: not null } command; r = r.Parent)
        {
            names.Push(command.Command.Name);
        }
        return names;
    }

    [GeneratedRegex(@"^Required command was not provided")]
    private static partial Regex RequiredCommand();

    [GeneratedRegex(@"^Option '([^']+)' is required")]
    private static partial Regex RequiredOption();

    [GeneratedRegex(@"^Cannot parse argument '([^']*)' for (?:command|option|argument) '([^']+)' as expected type '([^']+)'")]
    private static partial Regex CannotParse();

    [GeneratedRegex(@"^Unrecognized command or argument '([^']*)'")]
    private static partial Regex Unrecognized();
}
