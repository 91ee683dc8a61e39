using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Suite.GrpcServer.Errors;

namespace Suite.Persistence;

/// <summary>One page of a list: its rows and the token of the next page (empty on the last).</summary>
public sealed record Page<T>(List<T> Items, string NextPageToken);

/// <summary>
/// What a list request asks for (AIP-158): a page size (0 means <see cref="DefaultSize"/>, at most <see cref="MaxSize"/>,
/// else INVALID_ARGUMENT naming page_size) and the token of the previous page, bound to the list's filter (the filter
/// key names every filter field, so a token replayed against another filter is refused naming page_token).
/// </summary>
public readonly record struct PageRequest(int Size, string Token, string FilterKey)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public static PageRequest Of(int pageSize, string pageToken, string filterKey, int defaultSize = DefaultSize, int maxSize = MaxSize) =>
        new(PageToken.Size(pageSize, defaultSize, maxSize), pageToken, filterKey);
}

/// <summary>
/// The one way every list pages: keyset pages over a sort key and the row id (the id breaks ties), so no row is skipped
/// or repeated while rows are added, and no list stops at a fixed number of rows without saying so: a list is read to
/// its end by following next_page_token.
/// </summary>
public static class Paging
{
    /// <summary>Rows by id, newest (highest id) first or oldest first.</summary>
    public static Task<Page<T>> PageAsync<T>(this IQueryable<T> query, PageRequest page, Expression<Func<T, long>> id, bool newestFirst, CancellationToken ct) =>
        query.PageAsync(page, id, id, newestFirst, ct);

    /// <summary>Rows by <paramref name="key"/> then id, descending or ascending.</summary>
    public static async Task<Page<T>> PageAsync<T, TKey>(this IQueryable<T> query, PageRequest page, Expression<Func<T, TKey>> key,
        Expression<Func<T, long>> id, bool descending, CancellationToken ct)
    {
        var sameKey = ReferenceEquals(key, id);
        if (PageToken.Decode(page.Token, page.FilterKey, sameKey ? 1 : 2) is { } after)
        {
            var lastId = ParseLong(after[^1]);
            query = query.Where(sameKey ? After(id, lastId, descending) : After(key, Parse<TKey>(after[0]), id, lastId, descending));
        }
        var ordered = descending ? query.OrderByDescending(key) : query.OrderBy(key);
        if (!sameKey)
        {
            ordered = descending ? ordered.ThenByDescending(id) : ordered.ThenBy(id);
        }
        var rows = await ordered.Take(page.Size + 1).ToListAsync(ct);
        if (rows.Count <= page.Size)
        {
            return new Page<T>(rows, "");
        }
        rows.RemoveAt(page.Size);
        var last = rows[^1];
        var lastIdText = id.Compile()(last).ToString(CultureInfo.InvariantCulture);
        var token = sameKey ? PageToken.Encode(page.FilterKey, lastIdText) : PageToken.Encode(page.FilterKey, Format(key.Compile()(last)), lastIdText);
        return new Page<T>(rows, token);
    }

    /// <summary>
    /// A page of a list ranked in memory (matches nearest first, a small catalogue): the token holds the position of the
    /// next row, bound to the filter like every token.
    /// </summary>
    public static Page<T> PageOf<T>(IReadOnlyList<T> ranked, PageRequest page)
    {
        var start = PageToken.Decode(page.Token, page.FilterKey, 1) is { } after ? (int)Math.Min(ParseLong(after[0]), ranked.Count) : 0;
        var items = ranked.Skip(start).Take(page.Size).ToList();
        var next = start + items.Count;
        return new Page<T>(items, next < ranked.Count ? PageToken.Encode(page.FilterKey, next.ToString(CultureInfo.InvariantCulture)) : "");
    }

    // id < last (descending) or id > last (ascending).
    private static Expression<Func<T, bool>> After<T>(Expression<Func<T, long>> id, long last, bool descending)
    {
        var lastId = Expression.Constant(last);
        return Expression.Lambda<Func<T, bool>>(descending ? Expression.LessThan(id.Body, lastId) : Expression.GreaterThan(id.Body, lastId), id.Parameters);
    }

    // key < k or (key = k and id < i), descending; the mirror, ascending.
    private static Expression<Func<T, bool>> After<T, TKey>(Expression<Func<T, TKey>> key, TKey last, Expression<Func<T, long>> id, long lastId, bool descending)
    {
        var row = key.Parameters[0];
        var keyBody = key.Body;
        var idBody = new Rebind(id.Parameters[0], row).Visit(id.Body);
        var lastKey = Expression.Constant(last, typeof(TKey));
        Expression beyond, equal;
        if (typeof(TKey) == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, keyBody, lastKey);
            beyond = descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
            equal = Expression.Equal(keyBody, lastKey);
        }
        else
        {
            beyond = descending ? Expression.LessThan(keyBody, lastKey) : Expression.GreaterThan(keyBody, lastKey);
            equal = Expression.Equal(keyBody, lastKey);
        }
        var idBeyond = descending ? Expression.LessThan(idBody, Expression.Constant(lastId)) : Expression.GreaterThan(idBody, Expression.Constant(lastId));
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(beyond, Expression.AndAlso(equal, idBeyond)), row);
    }

    private static string Format<TKey>(TKey value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.Ticks.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static TKey Parse<TKey>(string text)
    {
        var type = Nullable.GetUnderlyingType(typeof(TKey)) ?? typeof(TKey);
        try
        {
            object? value = type == typeof(string) ? text
                : type == typeof(DateOnly) ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : type == typeof(DateTime) ? new DateTime(long.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc)
                : type.IsEnum ? Enum.Parse(type, text)
                : Convert.ChangeType(text, type, CultureInfo.InvariantCulture);
            return (TKey)value!;
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            throw ValidationFailedException.For("page_token", "is not a token returned by this method");
        }
    }

    private static long ParseLong(string text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
        ? value : throw ValidationFailedException.For("page_token", "is not a token returned by this method");

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
