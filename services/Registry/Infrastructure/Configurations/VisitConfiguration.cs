using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure.Configurations;

public sealed class VisitConfiguration : IEntityTypeConfiguration<VisitRecord>
{
    public void Configure(EntityTypeBuilder<VisitRecord> entity)
    {
        entity.ToTable("Visits");
        entity.HasKey(v => v.Id);
        entity.Property(v => v.RequestId).HasMaxLength(64);
        entity.Property(v => v.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(v => v.Visitor).HasMaxLength(50);
        entity.Property(v => v.Note).HasMaxLength(500);
        entity.Property(v => v.RecordedBy).HasMaxLength(100);
        entity.Property(v => v.Risks).HasMaxLength(50).IsUnicode(false).HasConversion(
            risks => string.Join(',', risks.Select(r => (int)r)),
            text => text.Length == 0 ? new List<VisitRisk>() : text.Split(',', StringSplitOptions.None).Select(r => (VisitRisk)int.Parse(r)).ToList(),
            new ValueComparer<List<VisitRisk>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, r) => HashCode.Combine(h, r)), l => l.ToList()));
        entity.Property(v => v.ReferralIds).HasMaxLength(200).IsUnicode(false).HasConversion(
            ids => string.Join(',', ids),
            text => text.Length == 0 ? new List<long>() : text.Split(',', StringSplitOptions.None).Select(long.Parse).ToList(),
            new ValueComparer<List<long>>((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, i) => HashCode.Combine(h, i)), l => l.ToList()));
        entity.HasIndex(v => v.RequestId).IsUnique();
        entity.HasIndex(v => new { v.WomanId, v.Id });
    }
}
