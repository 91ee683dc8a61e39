using Microsoft.EntityFrameworkCore;
using Suite.Registry.Model;
using Suite.Audit;
using Suite.Events;

namespace Suite.Registry.Infrastructure;

/// <summary>The production provider.</summary>
public sealed class SqlServerRegistryDbContext(DbContextOptions<SqlServerRegistryDbContext> options) : RegistryDbContext(options);
