using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Assistance.Model;

namespace Suite.Assistance.Infrastructure.Configurations;

public sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> entity)
    {
        entity.ToTable("Pairings");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(p => p.VolunteerName).HasMaxLength(100);
        entity.Property(p => p.VolunteerOrganisation).HasMaxLength(200);
        // One active pairing per woman.
        entity.HasIndex(p => p.WomanId).IsUnique().HasFilter("Active = 1");
    }
}
