using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.LegalAid.Model;

namespace Suite.LegalAid.Infrastructure.Configurations;

public sealed class AwarenessEventConfiguration : IEntityTypeConfiguration<AwarenessEventRecord>
{
    public void Configure(EntityTypeBuilder<AwarenessEventRecord> entity)
    {
        entity.ToTable("AwarenessEvents");
        entity.HasKey(e => e.Id);
        entity.Property(e => e.RequestId).HasMaxLength(64);
        entity.Property(e => e.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(e => e.Place).HasMaxLength(100);
        entity.Property(e => e.Organiser).HasMaxLength(100);
        entity.HasIndex(e => e.RequestId).IsUnique();
        entity.HasIndex(e => new { e.AreaCode, e.Date });
    }
}
