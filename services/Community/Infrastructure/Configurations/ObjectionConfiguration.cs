using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class ObjectionConfiguration : IEntityTypeConfiguration<ObjectionRecord>
{
    public void Configure(EntityTypeBuilder<ObjectionRecord> entity)
    {
        entity.ToTable("Objections");
        entity.HasKey(o => o.Id);
        entity.Property(o => o.RequestId).HasMaxLength(64);
        entity.Property(o => o.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(o => o.Text).HasMaxLength(500);
        entity.Property(o => o.RaisedBy).HasMaxLength(50);
        entity.Property(o => o.Resolution).HasMaxLength(500);
        entity.Property(o => o.Version).IsConcurrencyToken();
        entity.HasIndex(o => o.RequestId).IsUnique();
        entity.HasIndex(o => new { o.NominationId, o.Status });
    }
}
