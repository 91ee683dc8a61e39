using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class SnapshotConfiguration : IEntityTypeConfiguration<SnapshotRecord>
{
    public void Configure(EntityTypeBuilder<SnapshotRecord> entity)
    {
        entity.ToTable("Snapshots");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.CountyCode).HasMaxLength(6).IsUnicode(false);
        entity.Property(s => s.TakenBy).HasMaxLength(100);
        entity.HasIndex(s => new { s.CountyCode, s.Year, s.Quarter }).IsUnique();
    }
}
