using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Infrastructure.Configurations;

public sealed class ConcernConfiguration : IEntityTypeConfiguration<ConcernRecord>
{
    public void Configure(EntityTypeBuilder<ConcernRecord> entity)
    {
        entity.ToTable("Concerns");
        entity.HasKey(c => c.Id);
        entity.Property(c => c.Version).IsConcurrencyToken();
        entity.Property(c => c.RequestId).HasMaxLength(64);
        entity.Property(c => c.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(c => c.Resolution).HasMaxLength(500);
        entity.Property(c => c.RaisedBy).HasMaxLength(100);
        entity.HasIndex(c => c.RequestId).IsUnique();
        entity.HasIndex(c => new { c.VillageCode, c.Id });
    }
}
