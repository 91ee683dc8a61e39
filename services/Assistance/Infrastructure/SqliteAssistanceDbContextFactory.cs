using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Assistance.Infrastructure;

public sealed class SqliteAssistanceDbContextFactory : IDesignTimeDbContextFactory<SqliteAssistanceDbContext>
{
    public SqliteAssistanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAssistanceDbContext>().UseSqlite("Data Source=design.db").Options);
}
