using Grpc.Core;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Xunit;

namespace Suite.Shared.Tests;

/// <summary>The one paging helper: following next_page_token reads every row once, in order, ties included, whatever the key.</summary>
public sealed class PagingTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"suite-paging-{Guid.NewGuid():N}.db");

    private sealed class Row
    {
        public long Id { get; set; }
        public string Area { get; set; } = "";
        public DateOnly Date { get; set; }
        public DateTime? Due { get; set; }
    }

    private sealed class RowsContext(DbContextOptions<RowsContext> options) : DbContext(options)
    {
        public DbSet<Row> Rows => Set<Row>();
    }

    private RowsContext Open()
    {
        var db = new RowsContext(new DbContextOptionsBuilder<RowsContext>().UseSqlite($"Data Source={_file}").Options);
        if (db.Database.EnsureCreated())
        {
            // 23 rows with repeated keys, so pages break inside a run of equal keys.
            db.Rows.AddRange(Enumerable.Range(1, 23).Select(i => new Row
            {
                Area = $"23102510020{i % 4}", Date = new DateOnly(2026, 11, 1 + i % 5), Due = i % 6 == 0 ? null : new DateTime(2026, 11, 20, i % 3, 0, 0, DateTimeKind.Utc),
            }));
            db.SaveChanges();
        }
        return db;
    }

    private static async Task<List<long>> ReadAllAsync(Func<string, Task<Page<Row>>> page)
    {
        var ids = new List<long>();
        var token = "";
        do
        {
            var next = await page(token);
            Assert.True(next.Items.Count <= 5);
            ids.AddRange(next.Items.Select(r => r.Id));
            token = next.NextPageToken;
        }
        while (token.Length > 0);
        return ids;
    }

    [Fact]
    public async Task Every_key_pages_through_every_row_once_in_order()
    {
        using var db = Open();
        var all = await db.Rows.AsNoTracking().ToListAsync();
        PageRequest Page(string token, string filter) => PageRequest.Of(5, token, filter);

        Assert.Equal(all.OrderByDescending(r => r.Id).Select(r => r.Id),
            await ReadAllAsync(t => db.Rows.AsNoTracking().PageAsync(Page(t, "id"), r => r.Id, newestFirst: true, CancellationToken.None)));
        Assert.Equal(all.OrderBy(r => r.Area, StringComparer.Ordinal).ThenBy(r => r.Id).Select(r => r.Id),
            await ReadAllAsync(t => db.Rows.AsNoTracking().PageAsync(Page(t, "area"), r => r.Area, r => r.Id, descending: false, CancellationToken.None)));
        Assert.Equal(all.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => r.Id),
            await ReadAllAsync(t => db.Rows.AsNoTracking().PageAsync(Page(t, "date"), r => r.Date, r => r.Id, descending: true, CancellationToken.None)));
        var due = all.Where(r => r.Due != null).ToList();
        Assert.Equal(due.OrderBy(r => r.Due).ThenBy(r => r.Id).Select(r => r.Id),
            await ReadAllAsync(t => db.Rows.AsNoTracking().Where(r => r.Due != null).PageAsync(Page(t, "due"), r => r.Due, r => r.Id, descending: false, CancellationToken.None)));
    }

    [Fact]
    public void A_ranked_list_in_memory_pages_the_same_way()
    {
        var ranked = Enumerable.Range(1, 12).Select(i => new Row { Id = i }).ToList();
        var ids = new List<long>();
        var token = "";
        do
        {
            var page = Paging.PageOf(ranked, PageRequest.Of(5, token, "ranked"));
            ids.AddRange(page.Items.Select(r => r.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        Assert.Equal(ranked.Select(r => r.Id), ids);
    }

    [Fact]
    public async Task A_token_of_another_filter_or_a_page_size_out_of_range_is_refused_naming_the_field()
    {
        using var db = Open();
        var first = await db.Rows.AsNoTracking().PageAsync(PageRequest.Of(5, "", "filter-a"), r => r.Id, newestFirst: true, CancellationToken.None);
        var replayed = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            db.Rows.AsNoTracking().PageAsync(PageRequest.Of(5, first.NextPageToken, "filter-b"), r => r.Id, newestFirst: true, CancellationToken.None));
        Assert.Equal("page_token", replayed.Violations.Single().Field);
        Assert.Equal("page_size", Assert.Throws<ValidationFailedException>(() => PageRequest.Of(501, "", "f")).Violations.Single().Field);
        Assert.Equal("page_token", Assert.Throws<ValidationFailedException>(() => Paging.PageOf(new List<Row>(), PageRequest.Of(5, "not-a-token", "f"))).Violations.Single().Field);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
