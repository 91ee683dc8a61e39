using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.LegalAid.Infrastructure;

/// <summary>For dotnet-ef: the SQL Server migrations (no server needed to generate them).</summary>
public sealed class SqlServerLegalAidDbContextFactory : IDesignTimeDbContextFactory<SqlServerLegalAidDbContext>
{
    public SqlServerLegalAidDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerLegalAidDbContext>().UseSqlServer("Server=design;Database=legalaid").Options);
}
