using Microsoft.EntityFrameworkCore;
using Suite.Audit;
using Suite.Casework;
using Suite.Community.Model;
using Suite.Events;

namespace Suite.Community.Infrastructure;

/// <summary>
/// The Community database. Provider subclasses exist only to keep one migration set per provider. Each area's sets are
/// in its own part of this class (CommunityDbContext.{Area}.cs); configurations are found in the assembly.
/// </summary>
public abstract partial class CommunityDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PlaceRecord> Places => Set<PlaceRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommunityDbContext).Assembly);
        modelBuilder.AddAudit();
        modelBuilder.AddOutbox();
        modelBuilder.AddProcessedEvents();
        modelBuilder.AddReferrals();
    }
}
