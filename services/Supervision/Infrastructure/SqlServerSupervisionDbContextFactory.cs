using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Supervision.Infrastructure;

/// <summary>For dotnet-ef: the SQL Server migrations (no server needed to generate them).</summary>
public sealed class SqlServerSupervisionDbContextFactory : IDesignTimeDbContextFactory<SqlServerSupervisionDbContext>
{
    public SqlServerSupervisionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerSupervisionDbContext>().UseSqlServer("Server=design;Database=supervision").Options);
}
