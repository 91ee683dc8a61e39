using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Events;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure;

/// <summary>The production provider.</summary>
public sealed class SqlServerRegistryDbContext(DbContextOptions<SqlServerRegistryDbContext> options) : RegistryDbContext(options);
