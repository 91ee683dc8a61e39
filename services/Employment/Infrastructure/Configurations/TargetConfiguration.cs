using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Employment.Model;

namespace Suite.Employment.Infrastructure.Configurations;

public sealed class TargetConfiguration : IEntityTypeConfiguration<TargetRecord>
{
    public void Configure(EntityTypeBuilder<TargetRecord> entity)
    {
        entity.ToTable("Targets");
        entity.HasKey(t => t.Id);
        entity.Property(t => t.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.HasIndex(t => new { t.AreaCode, t.Year }).IsUnique();
    }
}
