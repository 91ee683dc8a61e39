using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Model;
using Suite.Audit;

namespace Suite.Assistance.Infrastructure;

/// <summary>The embedded default provider.</summary>
public sealed class SqliteAssistanceDbContext(DbContextOptions<SqliteAssistanceDbContext> options) : AssistanceDbContext(options);
