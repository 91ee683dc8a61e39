using Microsoft.EntityFrameworkCore;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure;

public abstract partial class CommunityDbContext
{
    public DbSet<ElectionRecord> Elections => Set<ElectionRecord>();
    public DbSet<CandidateRecord> Candidates => Set<CandidateRecord>();
    public DbSet<BoardMemberRecord> BoardMembers => Set<BoardMemberRecord>();
}
