using Microsoft.EntityFrameworkCore;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure;

public abstract partial class CommunityDbContext
{
    public DbSet<CommendationRoundRecord> CommendationRounds => Set<CommendationRoundRecord>();
    public DbSet<NominationRecord> Nominations => Set<NominationRecord>();
    public DbSet<ObjectionRecord> Objections => Set<ObjectionRecord>();
}
