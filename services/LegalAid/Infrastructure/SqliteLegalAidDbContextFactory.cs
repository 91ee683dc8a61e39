using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.LegalAid.Infrastructure;

/// <summary>For dotnet-ef: the SQLite migrations.</summary>
public sealed class SqliteLegalAidDbContextFactory : IDesignTimeDbContextFactory<SqliteLegalAidDbContext>
{
    public SqliteLegalAidDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLegalAidDbContext>().UseSqlite("Data Source=design.db").Options);
}
