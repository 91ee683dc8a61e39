using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.Infrastructure.Configurations;

public sealed class ProtectionOrderConfiguration : IEntityTypeConfiguration<ProtectionOrderRecord>
{
    public void Configure(EntityTypeBuilder<ProtectionOrderRecord> entity)
    {
        entity.ToTable("ProtectionOrders");
        entity.HasKey(o => o.Id);
        entity.Property(o => o.Version).IsConcurrencyToken();
        entity.Property(o => o.RequestId).HasMaxLength(64);
        entity.Property(o => o.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(o => o.Court).HasMaxLength(100);
        entity.OwnsMany(o => o.Violations, violations => violations.ToJson());
        entity.HasOne<Matter>().WithMany().HasForeignKey(o => o.MatterId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(o => o.RequestId).IsUnique();
        entity.HasIndex(o => new { o.Status, o.ExpiresOn });
    }
}
