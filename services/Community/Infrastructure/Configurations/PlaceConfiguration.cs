using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class PlaceConfiguration : IEntityTypeConfiguration<PlaceRecord>
{
    public void Configure(EntityTypeBuilder<PlaceRecord> entity)
    {
        entity.ToTable("Places");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.RequestId).HasMaxLength(64);
        entity.Property(p => p.Name).HasMaxLength(100);
        entity.Property(p => p.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(p => p.Keeper).HasMaxLength(50);
        entity.Property(p => p.Phone).HasMaxLength(20);
        entity.Property(p => p.OpeningHours).HasMaxLength(100);
        entity.Property(p => p.Host).HasMaxLength(100);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.HasIndex(p => p.RequestId).IsUnique();
        entity.HasIndex(p => new { p.AreaCode, p.Id });
    }
}
