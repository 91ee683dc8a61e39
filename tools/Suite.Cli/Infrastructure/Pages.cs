using System.CommandLine;
using Spectre.Console;

namespace Suite.Cli.Infrastructure;

/// <summary>The rows a list command read, and whether the list goes on past them.</summary>
public sealed record PagedList<T>(List<T> Items, bool More);

/// <summary>
/// Every list command follows the service's pages: up to <c>--limit</c> rows (100 unless asked; 0 for all of them), and
/// says so when more rows follow, so no table is mistaken for the whole list.
/// </summary>
public static class Pages
{
    /// <summary>Rows asked of the service per call.</summary>
    public const int Size = 200;

    public static Option<int> LimitOption() => new("--limit") { Description = "At most this many rows (0 for all)", DefaultValueFactory = _ => 100 };

    public static async Task<PagedList<TItem>> ReadAsync<TPage, TItem>(int limit, Func<string, Task<TPage>> page, Func<TPage, IEnumerable<TItem>> items, Func<TPage, string> next)
    {
        if (limit < 0)
        {
            throw new CliException(Words.F("{0} must be 0 or more", "--limit"));
        }
        var rows = new List<TItem>();
        var token = "";
        do
        {
            var answer = await page(token);
            rows.AddRange(items(answer));
            token = next(answer);
        }
        while (token.Length > 0 && (limit == 0 || rows.Count < limit));
        var more = token.Length > 0 || (limit > 0 && rows.Count > limit);
        return new PagedList<TItem>(limit > 0 && rows.Count > limit ? rows[..limit] : rows, more);
    }

    /// <summary>A line under a table when the list goes on past the rows shown.</summary>
    public static void SayIfMore<T>(CliContext context, PagedList<T> list)
    {
        if (list.More)
        {
            context.Console.WriteLine(Words.F("More rows follow; {0} shows them all.", "--limit 0"));
        }
    }
}
