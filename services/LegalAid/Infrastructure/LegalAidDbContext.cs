using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Casework;
using Suite.Events;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.Infrastructure;

/// <summary>The Legal aid database. Provider subclasses exist only to keep one migration set per provider.</summary>
public abstract class LegalAidDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Matter> Matters => Set<Matter>();
    public DbSet<LegalAidCase> AidCases => Set<LegalAidCase>();
    public DbSet<MediationCase> Mediations => Set<MediationCase>();
    public DbSet<ProtectionOrderRecord> ProtectionOrders => Set<ProtectionOrderRecord>();
    public DbSet<PoliceReferralRecord> PoliceReferrals => Set<PoliceReferralRecord>();
    public DbSet<AwarenessEventRecord> AwarenessEvents => Set<AwarenessEventRecord>();
    public DbSet<KnownWoman> Women => Set<KnownWoman>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LegalAidDbContext).Assembly);
        modelBuilder.AddAudit();
        modelBuilder.AddOutbox();
        modelBuilder.AddProcessedEvents();
        modelBuilder.AddReferrals();
    }
}
