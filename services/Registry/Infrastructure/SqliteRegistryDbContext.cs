using Microsoft.EntityFrameworkCore;
using Suite.Registry.Model;
using Suite.Audit;
using Suite.Events;

namespace Suite.Registry.Infrastructure;

/// <summary>The embedded default provider.</summary>
public sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options);
