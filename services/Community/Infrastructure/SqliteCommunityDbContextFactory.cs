using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Community.Infrastructure;

/// <summary>For dotnet-ef: the SQLite migrations.</summary>
public sealed class SqliteCommunityDbContextFactory : IDesignTimeDbContextFactory<SqliteCommunityDbContext>
{
    public SqliteCommunityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCommunityDbContext>().UseSqlite("Data Source=design.db").Options);
}
