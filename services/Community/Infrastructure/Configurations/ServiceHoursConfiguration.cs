using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class ServiceHoursConfiguration : IEntityTypeConfiguration<ServiceHoursRecord>
{
    public void Configure(EntityTypeBuilder<ServiceHoursRecord> entity)
    {
        entity.ToTable("ServiceHours");
        entity.HasKey(h => h.Id);
        entity.Property(h => h.RequestId).HasMaxLength(64);
        entity.Property(h => h.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.HasIndex(h => h.RequestId).IsUnique();
        entity.HasIndex(h => new { h.AreaCode, h.Date });
        entity.HasIndex(h => h.TeamId);
        entity.HasIndex(h => h.ProjectId);
    }
}
