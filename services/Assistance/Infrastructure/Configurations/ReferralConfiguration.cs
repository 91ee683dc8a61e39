using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;
using Suite.Contracts.Common.V1;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> entity)
    {
        entity.ToTable("Referrals");
        entity.HasKey(r => r.Id);
        entity.Property(r => r.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(r => r.Source).HasMaxLength(40).IsUnicode(false);
        // Codes joined by commas: read and written whole, never queried inside.
        entity.Property(r => r.Needs).HasMaxLength(100).IsUnicode(false).HasConversion(
            needs => string.Join(',', needs.Select(n => (int)n)),
            text => text.Length == 0 ? new List<ReferralNeed>() : text.Split(',', StringSplitOptions.None).Select(n => (ReferralNeed)int.Parse(n)).ToList(),
            new ValueComparer<List<ReferralNeed>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, n) => HashCode.Combine(h, n)), l => l.ToList()));
        entity.Property(r => r.Details).HasMaxLength(200).IsUnicode(false).HasConversion(
            details => string.Join(',', details),
            text => text.Length == 0 ? new List<string>() : text.Split(',', StringSplitOptions.None).ToList(),
            new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, d) => HashCode.Combine(h, d)), l => l.ToList()));
        entity.HasIndex(r => r.SourceEventId).IsUnique().HasFilter("SourceEventId IS NOT NULL");
        entity.HasIndex(r => new { r.VillageCode, r.Id });
        // "Has she an open referral?" is asked for every woman flagged priority: without it each event scanned the table.
        entity.HasIndex(r => new { r.WomanId, r.Open });
    }
}
