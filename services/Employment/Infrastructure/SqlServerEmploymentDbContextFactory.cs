using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Employment.Infrastructure;

/// <summary>For dotnet-ef: the SQL Server migrations (no server needed to generate them).</summary>
public sealed class SqlServerEmploymentDbContextFactory : IDesignTimeDbContextFactory<SqlServerEmploymentDbContext>
{
    public SqlServerEmploymentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerEmploymentDbContext>().UseSqlServer("Server=design;Database=employment").Options);
}
