using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Suite.Contracts.Common.V1;

namespace Suite.Casework;

public static class ReferralModelExtensions
{
    /// <summary>Adds the referrals table to a service's model; call from <c>OnModelCreating</c>.</summary>
    public static ModelBuilder AddReferrals(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReferralRecord>(entity =>
        {
            entity.ToTable("Referrals");
            entity.HasKey(r => r.Id);
            entity.Property(r => r.Version).IsConcurrencyToken();
            entity.Property(r => r.RequestId).HasMaxLength(64);
            entity.Property(r => r.Source).HasMaxLength(40).IsUnicode(false);
            entity.Property(r => r.Target).HasMaxLength(40).IsUnicode(false);
            entity.Property(r => r.VillageCode).HasMaxLength(12).IsUnicode(false);
            entity.Property(r => r.Note).HasMaxLength(200);
            entity.Property(r => r.Owner).HasMaxLength(100);
            entity.Property(r => r.OwnerName).HasMaxLength(100);
            entity.Property(r => r.CreatedBy).HasMaxLength(100);
            // Codes joined by commas: read and written whole, never queried inside.
            entity.Property(r => r.Needs).HasMaxLength(100).IsUnicode(false).HasConversion(
                needs => string.Join(',', needs.Select(n => (int)n)),
                text => text.Length == 0 ? new List<ReferralNeed>() : text.Split(',', StringSplitOptions.None).Select(n => (ReferralNeed)int.Parse(n)).ToList(),
                new ValueComparer<List<ReferralNeed>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, n) => HashCode.Combine(h, n)), l => l.ToList()));
            entity.Property(r => r.Details).HasMaxLength(200).IsUnicode(false).HasConversion(
                details => string.Join(',', details),
                text => text.Length == 0 ? new List<string>() : text.Split(',', StringSplitOptions.None).ToList(),
                new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, d) => HashCode.Combine(h, d)), l => l.ToList()));
            entity.HasIndex(r => r.RequestId).IsUnique().HasFilter("RequestId <> ''");
            // A referral received once, whatever the redeliveries.
            entity.HasIndex(r => new { r.Source, r.RemoteId }).IsUnique().HasFilter("Sent = 0 AND RemoteId > 0");
            // One open referral per woman, reason and target, on the sending side.
            entity.HasIndex(r => new { r.Target, r.WomanId, r.Reason }).IsUnique().HasFilter("Sent = 1 AND Open = 1");
            entity.HasIndex(r => new { r.Sent, r.VillageCode, r.Id });
            entity.HasIndex(r => new { r.Sent, r.Open, r.DueDate });
            entity.HasIndex(r => r.WomanId);
        });
        return modelBuilder;
    }
}
