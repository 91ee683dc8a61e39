using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure.Configurations;

public sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> entity)
    {
        entity.ToTable("SurveyRounds");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.CountyCode).HasMaxLength(6).IsUnicode(false);
        entity.Property(r => r.StartedBy).HasMaxLength(100);
        // One round per county and quarter.
        entity.HasIndex(r => new { r.CountyCode, r.Year, r.Quarter }).IsUnique();
    }
}
