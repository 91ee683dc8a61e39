using Microsoft.EntityFrameworkCore;

namespace Suite.Employment.Infrastructure;

/// <summary>The production provider.</summary>
public sealed class SqlServerEmploymentDbContext(DbContextOptions<SqlServerEmploymentDbContext> options) : EmploymentDbContext(options);
