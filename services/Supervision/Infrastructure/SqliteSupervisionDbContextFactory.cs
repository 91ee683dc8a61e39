using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Supervision.Infrastructure;

/// <summary>For dotnet-ef: the SQLite migrations.</summary>
public sealed class SqliteSupervisionDbContextFactory : IDesignTimeDbContextFactory<SqliteSupervisionDbContext>
{
    public SqliteSupervisionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSupervisionDbContext>().UseSqlite("Data Source=design.db").Options);
}
