using Microsoft.EntityFrameworkCore;
using Suite.LegalAid.Infrastructure;

namespace Suite.LegalAid.FunctionalTests;

public sealed class MigrationTests
{
    [Fact]
    public void Both_providers_migrations_match_the_model_and_the_SQL_Server_script_generates()
    {
        using var sqlite = new SqliteLegalAidDbContextFactory().CreateDbContext([]);
        Assert.False(sqlite.Database.HasPendingModelChanges());
        using var sqlServer = new SqlServerLegalAidDbContextFactory().CreateDbContext([]);
        Assert.False(sqlServer.Database.HasPendingModelChanges());
        var script = sqlServer.Database.GenerateCreateScript();
        Assert.Contains("CREATE TABLE [Matters]", script);
        Assert.Contains("CREATE TABLE [ProtectionOrders]", script);
    }
}
