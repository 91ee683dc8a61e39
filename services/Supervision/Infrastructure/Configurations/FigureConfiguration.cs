using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class FigureConfiguration : IEntityTypeConfiguration<FigureRecord>
{
    public void Configure(EntityTypeBuilder<FigureRecord> entity)
    {
        entity.ToTable("Figures");
        entity.HasKey(f => f.Id);
        entity.Property(f => f.Indicator).HasMaxLength(50).IsUnicode(false);
        entity.Property(f => f.AreaCode).HasMaxLength(9).IsUnicode(false);
        entity.Ignore(f => f.Rate);
        entity.HasIndex(f => new { f.SnapshotId, f.Indicator, f.AreaCode }).IsUnique();
    }
}
