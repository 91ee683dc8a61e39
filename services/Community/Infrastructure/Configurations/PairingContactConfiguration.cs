using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class PairingContactConfiguration : IEntityTypeConfiguration<PairingContactRecord>
{
    public void Configure(EntityTypeBuilder<PairingContactRecord> entity)
    {
        entity.ToTable("PairingContacts");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.RequestId).HasMaxLength(64);
        entity.Property(c => c.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.HasIndex(c => c.RequestId).IsUnique();
        entity.HasIndex(c => new { c.PairingId, c.Date });
    }
}
