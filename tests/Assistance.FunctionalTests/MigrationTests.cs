using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;

namespace Suite.Assistance.FunctionalTests;

public sealed class MigrationTests
{
    [Fact]
    public void Both_providers_migrations_match_the_model_and_the_SQL_Server_script_generates()
    {
        using var sqlite = new SqliteAssistanceDbContextFactory().CreateDbContext([]);
        Assert.False(sqlite.Database.HasPendingModelChanges());
        using var sqlServer = new SqlServerAssistanceDbContextFactory().CreateDbContext([]);
        Assert.False(sqlServer.Database.HasPendingModelChanges());
        var script = sqlServer.Database.GenerateCreateScript();
        Assert.Contains("CREATE TABLE [Applications]", script);
        Assert.Contains("CREATE TABLE [Benefits]", script);
    }

    // Every application create asks whether she was diagnosed, and the coverage query lists the diagnosed women:
    // on the migrated schema both read an index, not every benefit ever delivered.
    [Theory]
    [InlineData("SELECT EXISTS (SELECT 1 FROM Benefits WHERE WomanId = 7 AND ScreeningResult = 3)")]
    [InlineData("SELECT WomanId FROM Benefits WHERE ScreeningResult = 3")]
    public void Diagnosed_women_are_found_through_an_index(string query)
    {
        var file = Path.Combine(Path.GetTempPath(), $"suite-migration-{Guid.NewGuid():N}.db");
        try
        {
            using (var db = new SqliteAssistanceDbContext(new DbContextOptionsBuilder<SqliteAssistanceDbContext>().UseSqlite($"Data Source={file}").Options))
            {
                db.Database.Migrate();
            }
            using var connection = new SqliteConnection($"Data Source={file}");
            connection.Open();
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + query;
            using var plan = explain.ExecuteReader();
            var steps = new List<string>();
            while (plan.Read())
            {
                steps.Add(plan.GetString(3));
            }
            Assert.Contains(steps, step => step.Contains("USING COVERING INDEX IX_Benefits_ScreeningResult_WomanId", StringComparison.Ordinal));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
