using Microsoft.EntityFrameworkCore;
using Suite.Community.Model;

namespace Suite.Community.Infrastructure;

// Volunteers, social organisations and purchased-service projects.
public abstract partial class CommunityDbContext
{
    public DbSet<VolunteerTeamRecord> VolunteerTeams => Set<VolunteerTeamRecord>();
    public DbSet<VolunteerMemberRecord> VolunteerMembers => Set<VolunteerMemberRecord>();
    public DbSet<ServiceHoursRecord> ServiceHours => Set<ServiceHoursRecord>();
    public DbSet<ServedWomanRecord> ServedWomen => Set<ServedWomanRecord>();
    public DbSet<ExecutivePairingRecord> ExecutivePairings => Set<ExecutivePairingRecord>();
    public DbSet<PairingContactRecord> PairingContacts => Set<PairingContactRecord>();
    public DbSet<OrganisationRecord> Organisations => Set<OrganisationRecord>();
    public DbSet<ProjectRecord> Projects => Set<ProjectRecord>();
    public DbSet<ProjectServiceRecord> ProjectServices => Set<ProjectServiceRecord>();
}
