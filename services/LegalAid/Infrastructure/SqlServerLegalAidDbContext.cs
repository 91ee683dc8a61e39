using Microsoft.EntityFrameworkCore;

namespace Suite.LegalAid.Infrastructure;

/// <summary>The production provider.</summary>
public sealed class SqlServerLegalAidDbContext(DbContextOptions<SqlServerLegalAidDbContext> options) : LegalAidDbContext(options);
