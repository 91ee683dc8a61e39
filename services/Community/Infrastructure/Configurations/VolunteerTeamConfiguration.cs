using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class VolunteerTeamConfiguration : IEntityTypeConfiguration<VolunteerTeamRecord>
{
    public void Configure(EntityTypeBuilder<VolunteerTeamRecord> entity)
    {
        entity.ToTable("VolunteerTeams");
        entity.HasKey(t => t.Id);
        entity.Property(t => t.RequestId).HasMaxLength(64);
        entity.Property(t => t.Name).HasMaxLength(100);
        entity.Property(t => t.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(t => t.LeaderName).HasMaxLength(50);
        entity.Property(t => t.Phone).HasMaxLength(20).IsUnicode(false);
        entity.HasIndex(t => t.RequestId).IsUnique();
        entity.HasIndex(t => new { t.AreaCode, t.Id });
    }
}
