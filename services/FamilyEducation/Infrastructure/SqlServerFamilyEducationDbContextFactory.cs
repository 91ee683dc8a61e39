using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.FamilyEducation.Infrastructure;

/// <summary>For dotnet-ef: the SQL Server migrations (no server needed to generate them).</summary>
public sealed class SqlServerFamilyEducationDbContextFactory : IDesignTimeDbContextFactory<SqlServerFamilyEducationDbContext>
{
    public SqlServerFamilyEducationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerFamilyEducationDbContext>().UseSqlServer("Server=design;Database=familyeducation").Options);
}
