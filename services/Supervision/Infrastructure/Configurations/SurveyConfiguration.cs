using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<SurveyRecord>
{
    public void Configure(EntityTypeBuilder<SurveyRecord> entity)
    {
        entity.ToTable("Surveys");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.RequestId).HasMaxLength(64);
        entity.Property(s => s.TownshipCode).HasMaxLength(9).IsUnicode(false);
        entity.Property(s => s.Title).HasMaxLength(100);
        entity.HasIndex(s => s.RequestId).IsUnique();
        entity.HasIndex(s => new { s.TownshipCode, s.Year, s.Quarter });
    }
}
