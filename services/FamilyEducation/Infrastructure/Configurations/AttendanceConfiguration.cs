using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.FamilyEducation.Model;

namespace Suite.FamilyEducation.Infrastructure.Configurations;

public sealed class AttendanceConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> entity)
    {
        entity.ToTable("Attendance");
        entity.HasKey(a => new { a.ActivityId, a.WomanId });
        entity.Property(a => a.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.HasOne<ActivityRecord>().WithMany().HasForeignKey(a => a.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // Coverage asks, per household, "any attendance in the quarter?".
        entity.HasIndex(a => new { a.WomanId, a.Date });
    }
}
