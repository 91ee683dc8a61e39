using Microsoft.EntityFrameworkCore;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure;

public abstract partial class CommunityDbContext
{
    public DbSet<CounsellingSessionRecord> CounsellingSessions => Set<CounsellingSessionRecord>();
    public DbSet<CounsellingAttendanceRecord> CounsellingAttendance => Set<CounsellingAttendanceRecord>();
    public DbSet<CounsellingBookingRecord> CounsellingBookings => Set<CounsellingBookingRecord>();
    public DbSet<CounsellorRecord> Counsellors => Set<CounsellorRecord>();
}
