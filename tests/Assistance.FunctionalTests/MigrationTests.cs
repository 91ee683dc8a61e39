extern alias assistance;
using assistance::Suite.Assistance.Infrastructure;
using Microsoft.EntityFrameworkCore;

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
}
