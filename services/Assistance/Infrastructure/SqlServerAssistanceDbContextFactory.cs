using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Assistance.Infrastructure;

public sealed class SqlServerAssistanceDbContextFactory : IDesignTimeDbContextFactory<SqlServerAssistanceDbContext>
{
    public SqlServerAssistanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAssistanceDbContext>().UseSqlServer("Server=design;Database=assistance").Options);
}
