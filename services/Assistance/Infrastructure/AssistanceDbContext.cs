using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Model;
using Suite.Audit;
using Suite.Casework;
using Suite.Events;

namespace Suite.Assistance.Infrastructure;

/// <summary>The Assistance database. Provider subclasses exist only to keep one migration set per provider.</summary>
public abstract class AssistanceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<AssistanceApplication> Applications => Set<AssistanceApplication>();
    public DbSet<Benefit> Benefits => Set<Benefit>();
    public DbSet<Pairing> Pairings => Set<Pairing>();
    public DbSet<WomanRecord> Women => Set<WomanRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssistanceDbContext).Assembly);
        modelBuilder.AddAudit();
        modelBuilder.AddProcessedEvents();
        modelBuilder.AddOutbox();
        modelBuilder.AddReferrals();
    }
}
