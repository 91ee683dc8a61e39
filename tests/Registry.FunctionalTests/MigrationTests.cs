using Microsoft.EntityFrameworkCore;
using Suite.Registry.Infrastructure;

namespace Suite.Registry.FunctionalTests;

public sealed class MigrationTests
{
    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteRegistryDbContextFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_SQL_Server_migrations_match_the_model_and_the_create_script_generates()
    {
        using var db = new SqlServerRegistryDbContextFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
        var script = db.Database.GenerateCreateScript();
        Assert.Contains("CREATE TABLE [Women]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Women_ResidentIdHash]", script);
        Assert.Contains("CREATE TABLE [OutboxMessages]", script);
    }

    [Fact]
    public void The_SQL_Server_migration_script_covers_every_migration()
    {
        using var db = new SqlServerRegistryDbContextFactory().CreateDbContext([]);
        var script = db.Database.GenerateMigrationScript();
        foreach (var migration in db.Database.GetMigrations())
        {
            Assert.Contains(migration, script);
        }
    }
}

internal static class MigratorExtensions
{
    public static string GenerateMigrationScript(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        Microsoft.EntityFrameworkCore.Infrastructure.AccessorExtensions.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>(database).GenerateScript();
}
