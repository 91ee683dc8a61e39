using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure;

/// <summary>The Supervision database. Provider subclasses exist only to keep one migration set per provider.</summary>
public abstract class SupervisionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanTask> Tasks => Set<PlanTask>();
    public DbSet<ProgressReportRecord> ProgressReports => Set<ProgressReportRecord>();
    public DbSet<SnapshotRecord> Snapshots => Set<SnapshotRecord>();
    public DbSet<FigureRecord> Figures => Set<FigureRecord>();
    public DbSet<SchemeRecord> Schemes => Set<SchemeRecord>();
    public DbSet<ScoreSheetRecord> ScoreSheets => Set<ScoreSheetRecord>();
    public DbSet<AssessmentChangeRecord> AssessmentChanges => Set<AssessmentChangeRecord>();
    public DbSet<SupervisionVisitRecord> Visits => Set<SupervisionVisitRecord>();
    public DbSet<SurveyRecord> Surveys => Set<SurveyRecord>();
    public DbSet<SampledWomanRecord> SampledWomen => Set<SampledWomanRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SupervisionDbContext).Assembly);
        modelBuilder.AddAudit();
    }
}
