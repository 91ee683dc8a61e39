using Microsoft.EntityFrameworkCore;

namespace Suite.Supervision.Infrastructure;

/// <summary>The embedded default provider.</summary>
public sealed class SqliteSupervisionDbContext(DbContextOptions<SqliteSupervisionDbContext> options) : SupervisionDbContext(options);
