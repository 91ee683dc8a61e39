using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Events;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure;

/// <summary>The embedded default provider.</summary>
public sealed class SqliteRegistryDbContext(DbContextOptions<SqliteRegistryDbContext> options) : RegistryDbContext(options);
