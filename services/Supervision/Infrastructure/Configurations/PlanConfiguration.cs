using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Supervision.Model;

namespace Suite.Supervision.Infrastructure.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> entity)
    {
        entity.ToTable("Plans");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.RequestId).HasMaxLength(64);
        entity.Property(p => p.CountyCode).HasMaxLength(6).IsUnicode(false);
        entity.Property(p => p.Title).HasMaxLength(100);
        entity.HasIndex(p => p.RequestId).IsUnique();
        entity.HasIndex(p => new { p.CountyCode, p.Year }).IsUnique();
    }
}
