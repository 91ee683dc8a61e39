using Microsoft.EntityFrameworkCore;

namespace Suite.Supervision.Infrastructure;

/// <summary>The production provider.</summary>
public sealed class SqlServerSupervisionDbContext(DbContextOptions<SqlServerSupervisionDbContext> options) : SupervisionDbContext(options);
