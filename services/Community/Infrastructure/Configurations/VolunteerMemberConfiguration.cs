using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class VolunteerMemberConfiguration : IEntityTypeConfiguration<VolunteerMemberRecord>
{
    public void Configure(EntityTypeBuilder<VolunteerMemberRecord> entity)
    {
        entity.ToTable("VolunteerMembers");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.RequestId).HasMaxLength(64);
        entity.Property(m => m.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(m => m.Name).HasMaxLength(50);
        entity.Property(m => m.Phone).HasMaxLength(20).IsUnicode(false);
        entity.HasIndex(m => m.RequestId).IsUnique();
        entity.HasIndex(m => new { m.TeamId, m.Id });
        entity.HasIndex(m => m.WomanId);
        // Statistics: volunteers of an area.
        entity.HasIndex(m => m.AreaCode);
    }
}
