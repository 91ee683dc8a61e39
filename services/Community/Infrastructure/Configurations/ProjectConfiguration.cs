using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class ProjectConfiguration : IEntityTypeConfiguration<ProjectRecord>
{
    public void Configure(EntityTypeBuilder<ProjectRecord> entity)
    {
        entity.ToTable("Projects");
        entity.HasKey(p => p.Id);
        entity.Property(p => p.RequestId).HasMaxLength(64);
        entity.Property(p => p.BuyingDepartment).HasMaxLength(40).IsUnicode(false);
        entity.Property(p => p.Title).HasMaxLength(100);
        entity.Property(p => p.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(p => p.Version).IsConcurrencyToken();
        entity.HasIndex(p => p.RequestId).IsUnique();
        entity.HasIndex(p => new { p.AreaCode, p.Id });
        entity.HasIndex(p => p.OrganisationId);
    }
}
