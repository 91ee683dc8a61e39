using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class StartupSupportConfiguration : IEntityTypeConfiguration<StartupSupportRecord>
{
    public void Configure(EntityTypeBuilder<StartupSupportRecord> entity)
    {
        entity.ToTable("StartupSupport");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.RequestId).HasMaxLength(64);
        entity.Property(s => s.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(s => s.Bank).HasMaxLength(100);
        entity.Property(s => s.IncubationBase).HasMaxLength(100);
        entity.HasIndex(s => s.RequestId).IsUnique();
        entity.HasIndex(s => new { s.VillageCode, s.Id });
    }
}
