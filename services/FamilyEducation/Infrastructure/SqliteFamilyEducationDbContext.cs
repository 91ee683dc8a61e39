using Microsoft.EntityFrameworkCore;

namespace Suite.FamilyEducation.Infrastructure;

/// <summary>The embedded default provider.</summary>
public sealed class SqliteFamilyEducationDbContext(DbContextOptions<SqliteFamilyEducationDbContext> options) : FamilyEducationDbContext(options);
