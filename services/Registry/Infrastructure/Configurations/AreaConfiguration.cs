using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Registry.Model;

namespace Suite.Registry.Infrastructure.Configurations;

public sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> entity)
    {
        entity.ToTable("Areas");
        entity.HasKey(a => a.Code);
        entity.Property(a => a.Code).HasMaxLength(12).IsUnicode(false);
        entity.Property(a => a.Name).HasMaxLength(100);
        entity.Property(a => a.ParentCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(a => a.UrbanRuralCode).HasMaxLength(3).IsUnicode(false);
        entity.Ignore(a => a.IsRural);
        entity.HasIndex(a => new { a.ParentCode, a.Code });
    }
}
