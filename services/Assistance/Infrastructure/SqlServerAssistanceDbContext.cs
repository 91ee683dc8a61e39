using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Model;
using Suite.Audit;

namespace Suite.Assistance.Infrastructure;

/// <summary>The production provider.</summary>
public sealed class SqlServerAssistanceDbContext(DbContextOptions<SqlServerAssistanceDbContext> options) : AssistanceDbContext(options);
