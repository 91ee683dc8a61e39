using Microsoft.EntityFrameworkCore;

namespace Suite.LegalAid.Infrastructure;

/// <summary>The embedded default provider.</summary>
public sealed class SqliteLegalAidDbContext(DbContextOptions<SqliteLegalAidDbContext> options) : LegalAidDbContext(options);
