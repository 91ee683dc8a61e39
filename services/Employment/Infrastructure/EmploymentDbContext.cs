using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Casework;
using Suite.Employment.Model;
using Suite.Events;

namespace Suite.Employment.Infrastructure;

/// <summary>The Employment database. Provider subclasses exist only to keep one migration set per provider.</summary>
public abstract class EmploymentDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<Attendance> Attendance => Set<Attendance>();
    public DbSet<CertificateRecord> Certificates => Set<CertificateRecord>();
    public DbSet<JobSeekerRecord> JobSeekers => Set<JobSeekerRecord>();
    public DbSet<EmployerRecord> Employers => Set<EmployerRecord>();
    public DbSet<PostRecord> Posts => Set<PostRecord>();
    public DbSet<PlacementRecord> Placements => Set<PlacementRecord>();
    public DbSet<StartupSupportRecord> StartupSupport => Set<StartupSupportRecord>();
    public DbSet<TargetRecord> Targets => Set<TargetRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EmploymentDbContext).Assembly);
        modelBuilder.AddAudit();
        modelBuilder.AddOutbox();
        modelBuilder.AddProcessedEvents();
        modelBuilder.AddReferrals();
    }
}
