using Microsoft.EntityFrameworkCore;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure;

public abstract partial class CommunityDbContext
{
    public DbSet<CommunityActivityRecord> Activities => Set<CommunityActivityRecord>();
    public DbSet<CommunityAttendanceRecord> Attendance => Set<CommunityAttendanceRecord>();
}
