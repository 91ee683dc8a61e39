using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> entity)
    {
        entity.ToTable("Referrals");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(r => r.Reason).HasMaxLength(400);
        entity.HasIndex(r => r.SourceEventId).IsUnique().HasFilter("SourceEventId IS NOT NULL");
        entity.HasIndex(r => new { r.VillageCode, r.Id });
        // "Has she an open referral?" is asked for every woman flagged priority: without it each event scanned the table.
        entity.HasIndex(r => new { r.WomanId, r.Open });
    }
}
