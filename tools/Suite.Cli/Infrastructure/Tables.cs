using Spectre.Console;

namespace Suite.Cli.Infrastructure;

/// <summary>Tables with headings in the user's language.</summary>
public static class Tables
{
    public static Table With(params string[] englishHeadings) => new Table().AddColumns(englishHeadings.Select(Words.T).ToArray());
}
