using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Infrastructure.Configurations;

public sealed class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> entity)
    {
        entity.ToTable("Venues");
        entity.HasKey(v => v.Id);
        entity.Property(v => v.RequestId).HasMaxLength(64);
        entity.Property(v => v.Name).HasMaxLength(100);
        entity.Property(v => v.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(v => v.Keeper).HasMaxLength(50);
        entity.HasIndex(v => v.RequestId).IsUnique();
        entity.HasIndex(v => v.AreaCode);
        entity.HasIndex(v => v.PlaceId).IsUnique();
    }
}
