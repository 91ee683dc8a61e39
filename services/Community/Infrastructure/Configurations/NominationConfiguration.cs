using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class NominationConfiguration : IEntityTypeConfiguration<NominationRecord>
{
    public void Configure(EntityTypeBuilder<NominationRecord> entity)
    {
        entity.ToTable("Nominations");
        entity.HasKey(n => n.Id);
        entity.Property(n => n.RequestId).HasMaxLength(64);
        entity.Property(n => n.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(n => n.Reason).HasMaxLength(500);
        entity.Property(n => n.NominatedBy).HasMaxLength(120);
        entity.Property(n => n.ReviewReason).HasMaxLength(500);
        entity.Property(n => n.DecisionNote).HasMaxLength(500);
        entity.Property(n => n.Version).IsConcurrencyToken();
        entity.HasIndex(n => n.RequestId).IsUnique();
        // One nomination per woman (family) per round, whichever village nominated her.
        entity.HasIndex(n => new { n.RoundId, n.WomanId }).IsUnique();
        entity.HasIndex(n => new { n.RoundId, n.VillageCode, n.Id });
        // Statistics: nominations of an area and period.
        entity.HasIndex(n => new { n.VillageCode, n.NominatedOn });
    }
}
