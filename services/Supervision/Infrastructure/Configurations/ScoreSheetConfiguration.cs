using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheetRecord>
{
    public void Configure(EntityTypeBuilder<ScoreSheetRecord> entity)
    {
        entity.ToTable("ScoreSheets");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.CountyCode).HasMaxLength(6).IsUnicode(false);
        entity.HasIndex(s => new { s.CountyCode, s.Year, s.Quarter }).IsUnique();
    }
}
