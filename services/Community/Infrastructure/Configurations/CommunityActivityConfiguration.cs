using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class CommunityActivityConfiguration : IEntityTypeConfiguration<CommunityActivityRecord>
{
    public void Configure(EntityTypeBuilder<CommunityActivityRecord> entity)
    {
        entity.ToTable("Activities");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.RequestId).HasMaxLength(64);
        entity.Property(a => a.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(a => a.Topic).HasMaxLength(100);
        entity.Property(a => a.Organiser).HasMaxLength(100);
        entity.Property(a => a.Version).IsConcurrencyToken();
        entity.HasOne<PlaceRecord>().WithMany().HasForeignKey(a => a.PlaceId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(a => a.RequestId).IsUnique();
        entity.HasIndex(a => new { a.AreaCode, a.Date });
        entity.HasIndex(a => a.ProjectId);
    }
}
