using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class CommunityAttendanceConfiguration : IEntityTypeConfiguration<CommunityAttendanceRecord>
{
    public void Configure(EntityTypeBuilder<CommunityAttendanceRecord> entity)
    {
        entity.ToTable("ActivityAttendance");
        entity.HasKey(a => a.Id);
        entity.Property(a => a.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.HasOne<CommunityActivityRecord>().WithMany().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // A woman once per activity: a repeated sheet records nothing new.
        entity.HasIndex(a => new { a.ActivityId, a.WomanId }).IsUnique();
        // Her records: the activities she attended, by date.
        entity.HasIndex(a => new { a.WomanId, a.Date });
        // Reach per village and period.
        entity.HasIndex(a => new { a.VillageCode, a.Date });
    }
}
