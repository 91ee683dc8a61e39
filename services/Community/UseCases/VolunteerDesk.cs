using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Community.Model;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>Volunteer teams, their members and the service hours they log; a team's totals are counted from the logs.</summary>
public sealed class VolunteerDesk(CommunityDbContext db, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public const string TeamType = "suite.community.v1.VolunteerTeam";
    public const string MemberType = "suite.community.v1.TeamMember";
    public const string HoursType = "suite.community.v1.ServiceHoursLog";

    public async Task<Proto.VolunteerTeam> CreateTeamAsync(Proto.CreateTeamRequest request, CancellationToken ct)
    {
        VolunteerValidator.Validate(request);
        caller.Scope.RequireWrite(request.Team.AreaCode, "team.area_code");
        var (team, _) = await db.CreateOnceAsync<VolunteerTeamRecord>(t => t.RequestId == request.RequestId, async () =>
        {
            var t = request.Team;
            var team = new VolunteerTeamRecord { RequestId = request.RequestId, Name = t.Name.Trim(), AreaCode = t.AreaCode, LeaderName = t.LeaderName.Trim(), Phone = t.Phone };
            db.VolunteerTeams.Add(team);
            await db.SaveChangesAsync(ct);
            return team;
        }, new(caller.Scope, TeamType, x => x.AreaCode, x => x.Id), ct);
        return await PresentAsync(team, ct);
    }

    public async Task<Proto.VolunteerTeam> GetTeamAsync(long id, CancellationToken ct) =>
        await PresentAsync(await db.FindInScopeAsync<VolunteerTeamRecord>(id, t => t.AreaCode, caller.Scope, TeamType, ct), ct);

    public async Task<Proto.ListTeamsResponse> ListTeamsAsync(Proto.ListTeamsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var teams = await db.VolunteerTeams.AsNoTracking().Where(t => t.AreaCode.StartsWith(area))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"teams:{area}"), t => t.AreaCode, t => t.Id, descending: false, ct);
        return new Proto.ListTeamsResponse { Teams = { teams.Items.Select(t => t.ToProto(0, 0)) }, NextPageToken = teams.NextPageToken };
    }

    public async Task<Proto.TeamMember> AddMemberAsync(Proto.AddTeamMemberRequest request, CancellationToken ct)
    {
        VolunteerValidator.Validate(request);
        var (member, _) = await db.CreateOnceAsync<VolunteerMemberRecord>(m => m.RequestId == request.RequestId, async () =>
        {
            var m = request.Member;
            var team = await db.FindInScopeAsync<VolunteerTeamRecord>(m.TeamId, t => t.AreaCode, caller.Scope, TeamType, ct, "member.team_id");
            long? womanId = m.WomanId > 0 ? (await registry.GetAsync(m.WomanId, ct)).Id : null;
            var member = new VolunteerMemberRecord { RequestId = request.RequestId, TeamId = team.Id, AreaCode = team.AreaCode, Name = m.Name.Trim(), Phone = m.Phone, WomanId = womanId };
            db.VolunteerMembers.Add(member);
            await db.SaveChangesAsync(ct);
            return member;
        }, new(caller.Scope, MemberType, x => x.AreaCode, x => x.Id), ct);
        return member.ToProto();
    }

    public async Task<Proto.ListTeamMembersResponse> ListMembersAsync(Proto.ListTeamMembersRequest request, CancellationToken ct)
    {
        await db.AreaInScopeAsync<VolunteerTeamRecord>(request.TeamId, t => t.AreaCode, caller.Scope, TeamType, ct, "team_id");
        var teamId = request.TeamId;
        var members = await db.VolunteerMembers.AsNoTracking().Where(m => m.TeamId == teamId)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"members:{teamId}"), m => m.Id, newestFirst: false, ct);
        return new Proto.ListTeamMembersResponse { Members = { members.Items.Select(m => m.ToProto()) }, NextPageToken = members.NextPageToken };
    }

    public async Task<Proto.ServiceHoursLog> LogServiceHoursAsync(Proto.LogServiceHoursRequest request, CancellationToken ct)
    {
        VolunteerValidator.Validate(request, clock.Today());
        var (log, _) = await db.CreateOnceAsync<ServiceHoursRecord>(h => h.RequestId == request.RequestId, async () =>
        {
            var l = request.Log;
            var date = l.Date.ToDateOnly();
            var team = await db.FindInScopeAsync<VolunteerTeamRecord>(l.TeamId, t => t.AreaCode, caller.Scope, TeamType, ct, "log.team_id");
            if (!await db.VolunteerMembers.AnyAsync(m => m.Id == l.MemberId && m.TeamId == team.Id, ct))
            {
                throw ValidationFailedException.For("log.member_id", "is not a member of the team");
            }
            long? projectId = null;
            if (l.ProjectId > 0)
            {
                var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == l.ProjectId, ct);
                if (project is null || !caller.Scope.CoversOrIsAbove(project.AreaCode) || !team.AreaCode.StartsWith(project.AreaCode, StringComparison.Ordinal) || !project.RunsOn(date))
                {
                    throw ValidationFailedException.For("log.project_id", "must be a project of the team's area running on that date");
                }
                projectId = project.Id;
            }
            foreach (var womanId in l.WomenServed)
            {
                await registry.GetAsync(womanId, ct);
            }
            var log = new ServiceHoursRecord
            {
                RequestId = request.RequestId, TeamId = team.Id, MemberId = l.MemberId, AreaCode = team.AreaCode, Date = date,
                HalfHours = VolunteerValidator.HalfHours(l.Hours)!.Value, Kind = l.Kind, ProjectId = projectId,
            };
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ServiceHours.Add(log);
            await db.SaveChangesAsync(ct);
            db.ServedWomen.AddRange(l.WomenServed.Select(w => new ServedWomanRecord { HoursLogId = log.Id, WomanId = w, ProjectId = projectId }));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return log;
        }, new(caller.Scope, HoursType, x => x.AreaCode, x => x.Id), ct);
        var women = await db.ServedWomen.AsNoTracking().Where(w => w.HoursLogId == log.Id).OrderBy(w => w.Id).Select(w => w.WomanId).ToListAsync(ct);
        return log.ToProto(women);
    }

    private async Task<Proto.VolunteerTeam> PresentAsync(VolunteerTeamRecord team, CancellationToken ct)
    {
        var members = await db.VolunteerMembers.CountAsync(m => m.TeamId == team.Id, ct);
        var halfHours = await db.ServiceHours.Where(h => h.TeamId == team.Id).SumAsync(h => (long)h.HalfHours, ct);
        return team.ToProto(members, halfHours);
    }
}

public static class VolunteerMapping
{
    public static Proto.VolunteerTeam ToProto(this VolunteerTeamRecord t, int members, long halfHours) => new()
    {
        Id = t.Id, Name = t.Name, AreaCode = t.AreaCode, LeaderName = t.LeaderName, Phone = t.Phone, MemberCount = members, TotalHours = halfHours / 2.0,
    };

    public static Proto.TeamMember ToProto(this VolunteerMemberRecord m) => new()
    {
        Id = m.Id, TeamId = m.TeamId, Name = m.Name, Phone = m.Phone, WomanId = m.WomanId ?? 0, AreaCode = m.AreaCode,
    };

    public static Proto.ServiceHoursLog ToProto(this ServiceHoursRecord h, IEnumerable<long> women) => new()
    {
        Id = h.Id, TeamId = h.TeamId, MemberId = h.MemberId, Date = Suite.Contracts.Common.V1.Date.From(h.Date), Hours = h.HalfHours / 2.0, Kind = h.Kind,
        WomenServed = { women }, ProjectId = h.ProjectId ?? 0, AreaCode = h.AreaCode,
    };

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
