using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class SampledWomanConfiguration : IEntityTypeConfiguration<SampledWomanRecord>
{
    public void Configure(EntityTypeBuilder<SampledWomanRecord> entity)
    {
        entity.ToTable("SampledWomen");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Ignore(s => s.Answered);
        entity.HasIndex(s => new { s.SurveyId, s.WomanId }).IsUnique();
        entity.HasIndex(s => new { s.SurveyId, s.Position });
    }
}
