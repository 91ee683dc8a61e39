using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Infrastructure.Configurations;

public sealed class PairingConfiguration : IEntityTypeConfiguration<PairingRecord>
{
    public void Configure(EntityTypeBuilder<PairingRecord> entity)
    {
        entity.ToTable("Pairings");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.Property(p => p.RequestId).HasMaxLength(64);
        entity.Property(p => p.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(p => p.GuideName).HasMaxLength(50);
        entity.Property(p => p.Organisation).HasMaxLength(100);
        entity.HasIndex(p => p.RequestId).IsUnique();
        entity.HasIndex(p => new { p.VillageCode, p.NextSessionDate });
    }
}
