using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class PlacementConfiguration : IEntityTypeConfiguration<PlacementRecord>
{
    public void Configure(EntityTypeBuilder<PlacementRecord> entity)
    {
        entity.ToTable("Placements");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.Property(p => p.RequestId).HasMaxLength(64);
        entity.Property(p => p.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(p => p.EndReason).HasMaxLength(200);
        entity.HasOne<PostRecord>().WithMany().HasForeignKey(p => p.PostId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(p => p.RequestId).IsUnique();
        entity.HasIndex(p => new { p.VillageCode, p.StartDate });
        entity.HasIndex(p => p.WomanId);
        // One open placement per woman and post.
        entity.HasIndex(p => new { p.PostId, p.WomanId }).IsUnique().HasFilter("EndDate IS NULL");
    }
}
