using Microsoft.EntityFrameworkCore;

namespace Suite.Community.Infrastructure;

/// <summary>The embedded default provider.</summary>
public sealed class SqliteCommunityDbContext(DbContextOptions<SqliteCommunityDbContext> options) : CommunityDbContext(options);
