using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Infrastructure.Configurations;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<ActivityRecord>
{
    public void Configure(EntityTypeBuilder<ActivityRecord> entity)
    {
        entity.ToTable("Activities");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.RequestId).HasMaxLength(64);
        entity.Property(a => a.AreaCode).HasMaxLength(12).IsUnicode(false);
        entity.Property(a => a.Topic).HasMaxLength(100);
        entity.Property(a => a.Speaker).HasMaxLength(100);
        entity.HasOne<Venue>().WithMany().HasForeignKey(a => a.VenueId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(a => a.RequestId).IsUnique();
        entity.HasIndex(a => new { a.AreaCode, a.Date });
    }
}
