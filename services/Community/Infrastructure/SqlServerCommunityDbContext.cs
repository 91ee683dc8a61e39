using Microsoft.EntityFrameworkCore;

namespace Suite.Community.Infrastructure;

/// <summary>The production provider.</summary>
public sealed class SqlServerCommunityDbContext(DbContextOptions<SqlServerCommunityDbContext> options) : CommunityDbContext(options);
