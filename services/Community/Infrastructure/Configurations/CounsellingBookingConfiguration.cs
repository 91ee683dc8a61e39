using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class CounsellingBookingConfiguration : IEntityTypeConfiguration<CounsellingBookingRecord>
{
    public void Configure(EntityTypeBuilder<CounsellingBookingRecord> entity)
    {
        entity.ToTable("CounsellingBookings");
        entity.HasKey(b => b.Id);
        entity.Property(b => b.RequestId).HasMaxLength(64);
        entity.Property(b => b.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(b => b.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(b => b.BookedBy).HasMaxLength(100);
        entity.HasIndex(b => b.RequestId).IsUnique();
        entity.HasIndex(b => new { b.AreaCode, b.Status, b.Date });
        entity.HasIndex(b => new { b.WomanId, b.PointId });
        entity.HasIndex(b => b.ReferralId);
    }
}
