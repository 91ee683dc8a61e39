using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class SchemeConfiguration : IEntityTypeConfiguration<SchemeRecord>
{
    public void Configure(EntityTypeBuilder<SchemeRecord> entity)
    {
        entity.ToTable("Schemes");
        entity.HasKey(s => s.Id);
        entity.Property(s => s.CountyCode).HasMaxLength(6).IsUnicode(false);
        entity.Property(s => s.Version).IsConcurrencyToken();
        entity.OwnsMany(s => s.Items, items => items.ToJson());
        entity.HasIndex(s => new { s.CountyCode, s.Year }).IsUnique();
    }
}
