using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Employment.Infrastructure;

/// <summary>For dotnet-ef: the SQLite migrations.</summary>
public sealed class SqliteEmploymentDbContextFactory : IDesignTimeDbContextFactory<SqliteEmploymentDbContext>
{
    public SqliteEmploymentDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteEmploymentDbContext>().UseSqlite("Data Source=design.db").Options);
}
