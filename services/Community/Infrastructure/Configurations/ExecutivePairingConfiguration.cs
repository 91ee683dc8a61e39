using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class ExecutivePairingConfiguration : IEntityTypeConfiguration<ExecutivePairingRecord>
{
    public void Configure(EntityTypeBuilder<ExecutivePairingRecord> entity)
    {
        entity.ToTable("ExecutivePairings");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.RequestId).HasMaxLength(64);
        entity.Property(p => p.ExecutiveName).HasMaxLength(50);
        entity.Property(p => p.ExecutivePosition).HasMaxLength(100);
        entity.Property(p => p.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.HasIndex(p => p.RequestId).IsUnique();
        entity.HasIndex(p => new { p.VillageCode, p.Id });
        entity.HasIndex(p => new { p.WomanId, p.EndDate });
    }
}
