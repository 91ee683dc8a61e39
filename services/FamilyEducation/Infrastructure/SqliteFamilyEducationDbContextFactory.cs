using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.FamilyEducation.Infrastructure;

/// <summary>For dotnet-ef: the SQLite migrations.</summary>
public sealed class SqliteFamilyEducationDbContextFactory : IDesignTimeDbContextFactory<SqliteFamilyEducationDbContext>
{
    public SqliteFamilyEducationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFamilyEducationDbContext>().UseSqlite("Data Source=design.db").Options);
}
