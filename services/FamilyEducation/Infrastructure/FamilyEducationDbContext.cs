using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Casework;
using Suite.Events;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Infrastructure;

/// <summary>The Family education database. Provider subclasses exist only to keep one migration set per provider.</summary>
public abstract class FamilyEducationDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Venue> Venues => Set<Venue>();
    public DbSet<ActivityRecord> Activities => Set<ActivityRecord>();
    public DbSet<AttendanceRecord> Attendance => Set<AttendanceRecord>();
    public DbSet<PairingRecord> Pairings => Set<PairingRecord>();
    public DbSet<SessionRecord> Sessions => Set<SessionRecord>();
    public DbSet<ConcernRecord> Concerns => Set<ConcernRecord>();
    public DbSet<HouseholdRecord> Households => Set<HouseholdRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FamilyEducationDbContext).Assembly);
        modelBuilder.AddAudit();
        modelBuilder.AddOutbox();
        modelBuilder.AddProcessedEvents();
        modelBuilder.AddReferrals();
    }
}
