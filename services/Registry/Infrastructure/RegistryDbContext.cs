using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Casework;
using Suite.Events;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure;

/// <summary>The Registry's database. Provider subclasses exist only to keep one migration set per provider.</summary>
public abstract class RegistryDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Woman> Women => Set<Woman>();
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<ChangeRecord> ChangeRecords => Set<ChangeRecord>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<SurveyRound> SurveyRounds => Set<SurveyRound>();
    public DbSet<SurveyVerification> SurveyVerifications => Set<SurveyVerification>();
    public DbSet<VisitRecord> Visits => Set<VisitRecord>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
        modelBuilder.AddOutbox();
        modelBuilder.AddAudit();
        modelBuilder.AddProcessedEvents();
        modelBuilder.AddReferrals();
    }
}
