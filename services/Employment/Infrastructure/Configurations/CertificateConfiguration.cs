using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class CertificateConfiguration : IEntityTypeConfiguration<CertificateRecord>
{
    public void Configure(EntityTypeBuilder<CertificateRecord> entity)
    {
        entity.ToTable("Certificates");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.RequestId).HasMaxLength(64);
        entity.Property(c => c.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(c => c.Kind).HasMaxLength(50);
        entity.Property(c => c.Level).HasMaxLength(20);
        entity.Property(c => c.Issuer).HasMaxLength(100);
        entity.HasIndex(c => c.RequestId).IsUnique();
        entity.HasIndex(c => c.WomanId);
        entity.HasIndex(c => new { c.Trade, c.VillageCode });
    }
}
