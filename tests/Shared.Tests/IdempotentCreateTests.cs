using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Xunit;

namespace Suite.Shared.Tests;

/// <summary>A create keyed by request id: a retry gets the first row, but only a caller who may see it.</summary>
public sealed class IdempotentCreateTests : IDisposable
{
    private const string Village = "231025100201";
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"suite-once-{Guid.NewGuid():N}.db");

    private sealed class Row
    {
        public long Id { get; set; }
        public string RequestId { get; set; } = "";
        public string Area { get; set; } = "";
    }

    private sealed class RowsContext(DbContextOptions<RowsContext> options) : DbContext(options)
    {
        public DbSet<Row> Rows => Set<Row>();

        protected override void OnModelCreating(ModelBuilder model) => model.Entity<Row>().HasIndex(r => r.RequestId).IsUnique();
    }

    private RowsContext Open()
    {
        var db = new RowsContext(new DbContextOptionsBuilder<RowsContext>().UseSqlite($"Data Source={_file}").Options);
        db.Database.EnsureCreated();
        return db;
    }

    private static Task<(Row Entity, bool Created)> CreateAsync(RowsContext db, string requestId, AreaScope caller) =>
        db.CreateOnceAsync<Row>(r => r.RequestId == requestId, async () =>
        {
            var row = new Row { RequestId = requestId, Area = Village };
            db.Rows.Add(row);
            await db.SaveChangesAsync();
            return row;
        }, new(caller, "test.Row", r => r.Area, r => r.Id), CancellationToken.None);

    [Fact]
    public async Task A_retry_returns_the_first_row_to_its_area_and_hides_it_from_another()
    {
        var township = new AreaScope("231025100");
        using var db = Open();
        var (first, created) = await CreateAsync(db, "once-1", township);
        Assert.True(created);

        var (again, createdAgain) = await CreateAsync(db, "once-1", township);
        Assert.Equal((first.Id, false), (again.Id, createdAgain));

        // Another county reusing the request id learns nothing of the row, not even that it exists, and adds none.
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => CreateAsync(db, "once-1", new AreaScope("231083")));
        Assert.Equal(("test.Row", first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (error.ResourceType, error.ResourceId));
        Assert.Equal(1, await db.Rows.CountAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
