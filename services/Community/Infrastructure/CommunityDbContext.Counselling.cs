using Microsoft.EntityFrameworkCore;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure;

public abstract partial class CommunityDbContext
{
    public DbSet<CounsellingSessionRecord> CounsellingSessions => Set<CounsellingSessionRecord>();
}
