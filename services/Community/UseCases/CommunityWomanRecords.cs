using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Community.Infrastructure;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Community.V1;
using Suite.Ledger;
using Suite.Security;

namespace Suite.Community.UseCases;

/// <summary>
/// Her records in Community for the case file, of the caller's area, each kind only with the permission that reads it:
/// counselling (counselling.read: only that a session took place, individual or group, and its follow-up date, never
/// its topic or notes; her open bookings), volunteers (volunteers.read: her executive pairing with its contacts, her
/// membership of a volunteer team, the volunteer services that served her), nominations (commendation.read) and village
/// self-government (participation.read: candidacies and their result, board memberships). Activities she attended are
/// <see cref="CommunityActivityWomanRecords"/>.
/// </summary>
public sealed class CommunityWomanRecords(CommunityDbContext db, CurrentCaller caller) : IWomanRecordSource
{
    public async Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct)
    {
        var scope = caller.Scope.Prefix;
        var records = new List<WomanRecord>();
        if (caller.Has(CommunityPermissions.CounsellingRead))
        {
            records.AddRange(await CounsellingAsync(womanId, scope, ct));
        }
        if (caller.Has(CommunityPermissions.VolunteersRead))
        {
            records.AddRange(await VolunteersAsync(womanId, scope, ct));
        }
        if (caller.Has(CommunityPermissions.CommendationRead))
        {
            records.AddRange(await NominationsAsync(womanId, scope, ct));
        }
        if (caller.Has(CommunityPermissions.ParticipationRead))
        {
            records.AddRange(await ParticipationAsync(womanId, scope, ct));
        }
        return records;
    }

    /// <summary>
    /// The fact of each session she attended and its follow-up date; the topic is left out with the notes (a topic such
    /// as aftercare of domestic violence would tell more than the fact). Her bookings not yet held.
    /// </summary>
    private async Task<IEnumerable<WomanRecord>> CounsellingAsync(long womanId, string scope, CancellationToken ct)
    {
        var sessions = await db.CounsellingAttendance.AsNoTracking().Where(a => a.WomanId == womanId && a.VillageCode.StartsWith(scope))
            .Join(db.CounsellingSessions.AsNoTracking(), a => a.SessionId, s => s.Id, (a, s) => new { s.Id, s.Date, s.Kind, s.FollowUpDate, s.FollowedUp, a.VillageCode })
            .ToListAsync(ct);
        var bookings = await db.CounsellingBookings.AsNoTracking()
            .Where(b => b.WomanId == womanId && b.VillageCode.StartsWith(scope) && b.Status == CounsellingBookingStatus.Booked)
            .Select(b => new { b.Id, b.Date, b.Status, b.VillageCode }).ToListAsync(ct);
        return sessions.Select(s => new WomanRecord
        {
            Kind = "counselling_session", Id = s.Id, Date = Date.From(s.Date), AreaCode = s.VillageCode,
            Status = s.FollowedUp ? "FOLLOWED_UP" : s.FollowUpDate is null ? "HELD" : "FOLLOW_UP_DUE",
            Summary = $"心理疏导（{(s.Kind == CounsellingSessionKind.Group ? "团体" : "个体")}）" + (s.FollowUpDate is { } due ? $"，回访 {due:yyyy-MM-dd}" : ""),
        }).Concat(bookings.Select(b => new WomanRecord
        {
            Kind = "counselling_booking", Id = b.Id, Date = Date.From(b.Date), Status = ProtoEnumNames.Of(b.Status), AreaCode = b.VillageCode,
            Summary = $"已预约心理疏导 {b.Date:yyyy-MM-dd}",
        }));
    }

    /// <summary>Her executive pairing (contacts counted), her place in a volunteer team, and the volunteer services that served her.</summary>
    private async Task<IEnumerable<WomanRecord>> VolunteersAsync(long womanId, string scope, CancellationToken ct)
    {
        var pairings = await db.ExecutivePairings.AsNoTracking().Where(p => p.WomanId == womanId && p.VillageCode.StartsWith(scope))
            .Select(p => new
            {
                p.Id, p.ExecutiveName, p.StartDate, p.EndDate, p.VillageCode,
                Contacts = db.PairingContacts.Count(c => c.PairingId == p.Id),
                LastContact = db.PairingContacts.Where(c => c.PairingId == p.Id).Max(c => (DateOnly?)c.Date),
            }).ToListAsync(ct);
        var memberships = await db.VolunteerMembers.AsNoTracking().Where(m => m.WomanId == womanId && m.AreaCode.StartsWith(scope))
            .Join(db.VolunteerTeams.AsNoTracking(), m => m.TeamId, t => t.Id, (m, t) => new { m.Id, m.AreaCode, Team = t.Name })
            .ToListAsync(ct);
        var served = await db.ServedWomen.AsNoTracking().Where(w => w.WomanId == womanId)
            .Join(db.ServiceHours.AsNoTracking(), w => w.HoursLogId, h => h.Id, (w, h) => new { h.Id, h.Date, h.AreaCode })
            .Where(h => h.AreaCode.StartsWith(scope)).ToListAsync(ct);
        var records = pairings.Select(p => new WomanRecord
        {
            Kind = "executive_pairing", Id = p.Id, Date = Date.From(p.StartDate), Status = p.EndDate is null ? "ACTIVE" : "ENDED", AreaCode = p.VillageCode,
            Summary = $"执委手拉手结对：{p.ExecutiveName}，"
                + (p.LastContact is { } last ? $"联系 {p.Contacts} 次，最近 {last:yyyy-MM-dd}" : "尚未联系")
                + (p.EndDate is { } ended ? $"（{ended:yyyy-MM-dd} 结束）" : ""),
        }).Concat(memberships.Select(m => new WomanRecord
        {
            // A membership has no date of its own: it comes after her dated records.
            Kind = "volunteer", Id = m.Id, Status = "MEMBER", AreaCode = m.AreaCode, Summary = $"志愿服务队队员：{m.Team}",
        })).ToList();
        if (served.Count > 0)
        {
            var latest = served.OrderByDescending(h => h.Date).ThenByDescending(h => h.Id).First();
            records.Add(new WomanRecord
            {
                Kind = "volunteer_service", Id = latest.Id, Date = Date.From(latest.Date), Status = "SERVED", AreaCode = latest.AreaCode,
                Summary = $"志愿服务 {served.Count} 次，最近 {latest.Date:yyyy-MM-dd}",
            });
        }
        return records;
    }

    /// <summary>Her family's nominations: the round and where the nomination stands, never the reason or the review's words.</summary>
    private async Task<IEnumerable<WomanRecord>> NominationsAsync(long womanId, string scope, CancellationToken ct)
    {
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.WomanId == womanId && n.VillageCode.StartsWith(scope))
            .Join(db.CommendationRounds.AsNoTracking(), n => n.RoundId, r => r.Id, (n, r) => new { n.Id, n.NominatedOn, n.Status, n.VillageCode, r.Title, r.Kind })
            .ToListAsync(ct);
        return nominations.Select(n => new WomanRecord
        {
            Kind = "nomination", Id = n.Id, Date = Date.From(n.NominatedOn), Status = ProtoEnumNames.Of(n.Status), AreaCode = n.VillageCode,
            Summary = $"{CommunityLabels.Commendation.Label(n.Kind)}推荐：{n.Title}，{CommunityLabels.Nomination.Label(n.Status)}",
        });
    }

    /// <summary>Her candidacies in village committee elections (with the result once recorded) and her board memberships.</summary>
    private async Task<IEnumerable<WomanRecord>> ParticipationAsync(long womanId, string scope, CancellationToken ct)
    {
        var candidacies = await db.Candidates.AsNoTracking().Where(c => c.WomanId == womanId && c.VillageCode.StartsWith(scope))
            .Join(db.Elections.AsNoTracking(), c => c.ElectionId, e => e.Id, (c, e) => new { c.Id, c.HasResult, c.Elected, c.VillageCode, e.Body, e.TermStartYear })
            .ToListAsync(ct);
        var boards = await db.BoardMembers.AsNoTracking().Where(b => b.WomanId == womanId && b.VillageCode.StartsWith(scope)).ToListAsync(ct);
        return candidacies.Select(c => new WomanRecord
        {
            // An election is known by its term: the record is dated the term's first day.
            Kind = "candidate", Id = c.Id, Date = Date.From(new DateOnly(c.TermStartYear, 1, 1)), AreaCode = c.VillageCode,
            Status = !c.HasResult ? "STANDING" : c.Elected ? "ELECTED" : "NOT_ELECTED",
            Summary = $"{CommunityLabels.Body.Label(c.Body)}候选人{(!c.HasResult ? "" : c.Elected ? "（当选）" : "（未当选）")}{c.TermStartYear}届",
        }).Concat(boards.Select(b => new WomanRecord
        {
            Kind = "board_member", Id = b.Id, Date = Date.From(b.FromDate), Status = b.UntilDate is null ? "ACTIVE" : "ENDED", AreaCode = b.VillageCode,
            Summary = $"{(b.Kind == BoardKind.Other && b.BoardName.Length > 0 ? b.BoardName : CommunityLabels.Board.Label(b.Kind))}成员"
                + (b.UntilDate is { } until ? $"（至 {until:yyyy-MM-dd}）" : ""),
        }));
    }
}
