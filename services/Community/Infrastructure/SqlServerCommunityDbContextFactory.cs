using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Community.Infrastructure;

/// <summary>For dotnet-ef: the SQL Server migrations (no server needed to generate them).</summary>
public sealed class SqlServerCommunityDbContextFactory : IDesignTimeDbContextFactory<SqlServerCommunityDbContext>
{
    public SqlServerCommunityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCommunityDbContext>().UseSqlServer("Server=design;Database=community").Options);
}
