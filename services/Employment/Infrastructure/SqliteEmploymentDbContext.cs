using Microsoft.EntityFrameworkCore;

namespace Suite.Employment.Infrastructure;

/// <summary>The embedded default provider.</summary>
public sealed class SqliteEmploymentDbContext(DbContextOptions<SqliteEmploymentDbContext> options) : EmploymentDbContext(options);
