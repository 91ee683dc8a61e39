using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure.Configurations;

public sealed class CounsellingAttendanceConfiguration : IEntityTypeConfiguration<CounsellingAttendanceRecord>
{
    public void Configure(EntityTypeBuilder<CounsellingAttendanceRecord> entity)
    {
        entity.ToTable("CounsellingAttendance");
        entity.HasKey(a => new { a.SessionId, a.WomanId });
        entity.Property(a => a.VillageCode).HasMaxLength(12).IsUnicode(false);
        entity.HasOne<CounsellingSessionRecord>().WithMany(s => s.Attendance).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasIndex(a => new { a.WomanId, a.PointId, a.Date });
        // Statistics: women counselled in an area and period.
        entity.HasIndex(a => new { a.VillageCode, a.Date });
    }
}
