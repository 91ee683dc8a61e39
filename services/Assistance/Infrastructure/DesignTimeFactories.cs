using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Suite.Assistance.Infrastructure;

// Used by dotnet-ef to create each provider's migrations; never at run time.

public sealed class SqliteAssistanceDbContextFactory : IDesignTimeDbContextFactory<SqliteAssistanceDbContext>
{
    public SqliteAssistanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAssistanceDbContext>().UseSqlite("Data Source=design.db").Options);
}

public sealed class SqlServerAssistanceDbContextFactory : IDesignTimeDbContextFactory<SqlServerAssistanceDbContext>
{
    public SqlServerAssistanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAssistanceDbContext>().UseSqlServer("Server=design;Database=assistance").Options);
}
