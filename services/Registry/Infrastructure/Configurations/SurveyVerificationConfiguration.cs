using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure.Configurations;

public sealed class SurveyVerificationConfiguration : IEntityTypeConfiguration<SurveyVerification>
{
    public void Configure(EntityTypeBuilder<SurveyVerification> entity)
    {
        entity.ToTable("SurveyVerifications");
        entity.HasKey(v => new { v.RoundId, v.WomanId });
        entity.Property(v => v.VerifiedBy).HasMaxLength(100);
        entity.Property(v => v.Note).HasMaxLength(400);
        entity.HasOne<SurveyRound>().WithMany().HasForeignKey(v => v.RoundId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<Woman>().WithMany().HasForeignKey(v => v.WomanId).OnDelete(DeleteBehavior.Restrict);
    }
}
