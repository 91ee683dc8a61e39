using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Suite.Persistence;
using Xunit;

namespace Suite.Shared.Tests;

public sealed class SqlitePragmaInterceptorTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"suite-pragmas-{Guid.NewGuid():N}.db");

    private sealed class EmptyContext(DbContextOptions options) : DbContext(options);

    // The settings run once per native connection; a connection the pool hands out again must still have them, and
    // so must a second connection opened while the first is in use, and a new one behind the same DbConnection.
    [Fact]
    public async Task Every_open_connection_has_the_settings_whether_new_or_from_the_pool()
    {
        var options = new DbContextOptionsBuilder<EmptyContext>()
            .UseSqlite($"Data Source={_file};Pooling=True")
            .AddInterceptors(new SqlitePragmaInterceptor())
            .Options;
        await using var first = new EmptyContext(options);
        await using var second = new EmptyContext(options);
        for (var round = 0; round < 3; round++)
        {
            await first.Database.OpenConnectionAsync();
            second.Database.OpenConnection();
            Assert.Equal("wal 1 10000 1", Settings(first));
            Assert.Equal("wal 1 10000 1", Settings(second));
            await first.Database.CloseConnectionAsync();
            second.Database.CloseConnection();
            if (round == 1)
            {
                SqliteConnection.ClearAllPools();
            }
        }
    }

    private static string Settings(DbContext db)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT (SELECT journal_mode FROM pragma_journal_mode) || ' ' || (SELECT synchronous FROM pragma_synchronous)"
            + " || ' ' || (SELECT timeout FROM pragma_busy_timeout) || ' ' || (SELECT foreign_keys FROM pragma_foreign_keys)";
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
