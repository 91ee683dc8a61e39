using Microsoft.EntityFrameworkCore;

namespace Suite.FamilyEducation.Infrastructure;

/// <summary>The production provider.</summary>
public sealed class SqlServerFamilyEducationDbContext(DbContextOptions<SqlServerFamilyEducationDbContext> options) : FamilyEducationDbContext(options);
