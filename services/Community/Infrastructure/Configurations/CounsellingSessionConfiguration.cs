using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class CounsellingSessionConfiguration : IEntityTypeConfiguration<CounsellingSessionRecord>
{
    public void Configure(EntityTypeBuilder<CounsellingSessionRecord> entity)
    {
        entity.ToTable("CounsellingSessions");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.RequestId).HasMaxLength(64);
        entity.Property(s => s.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(s => s.RecordedBy).HasMaxLength(100);
        entity.HasIndex(s => s.RequestId).IsUnique();
        entity.HasIndex(s => new { s.AreaCode, s.Date });
        entity.HasIndex(s => new { s.PointId, s.Date });
        entity.HasIndex(s => new { s.AreaCode, s.FollowUpDate }).HasFilter("FollowUpDate IS NOT NULL AND FollowedUp = 0");
        entity.HasIndex(s => s.ProjectId);
    }
}
