using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReportRecord>
{
    public void Configure(EntityTypeBuilder<ProgressReportRecord> entity)
    {
        entity.ToTable("ProgressReports");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.RequestId).HasMaxLength(64);
        entity.Property(r => r.Unit).HasMaxLength(40).IsUnicode(false);
        entity.Property(r => r.Note).HasMaxLength(500);
        entity.Property(r => r.MilestoneMet).HasMaxLength(100);
        entity.Property(r => r.ReportedBy).HasMaxLength(100);
        entity.HasIndex(r => r.RequestId).IsUnique();
        entity.HasIndex(r => new { r.TaskId, r.Id });
    }
}
