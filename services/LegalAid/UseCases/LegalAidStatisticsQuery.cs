using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Rules;
using Suite.Security;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>
/// Counts of an area and period (dates in China time): matters by channel, kind and status, open matters by colour,
/// mediation success, legal-aid decisions and their speed against the county's target, orders issued, awareness events.
/// Aggregates only: no matter's details. For a caller who may not see sensitive matters, they are counted apart and
/// small counts of them (and of protection orders) are withheld (<see cref="SmallCells"/>).
/// </summary>
public sealed class LegalAidStatisticsQuery(LegalAidDbContext db, CurrentCaller caller, SmallCells smallCells, IOptions<LegalAidOptions> options)
{
    public async Task<Proto.LegalAidStatistics> GetAsync(Proto.GetLegalAidStatisticsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var (start, end) = (ChinaCalendar.StartUtc(from), ChinaCalendar.EndUtc(to));
        var target = options.Value.DecisionTargetDays;

        var all = db.Matters.AsNoTracking().Where(m => m.AreaCode.StartsWith(area) && m.CreatedAt >= start && m.CreatedAt < end);
        var apart = smallCells.Protects;
        var matters = apart ? all.Where(m => !m.Sensitive) : all;
        var suppressed = new List<string>();
        var open = MatterWorkflow.Open.ToList();
        var mediations = await db.Mediations.AsNoTracking()
            .Where(m => m.AreaCode.StartsWith(area) && m.ClosedAt != null && m.ClosedAt >= start && m.ClosedAt < end)
            .GroupBy(m => m.Agreement == Proto.Agreement.Reached).Select(g => new { Reached = g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var decisions = await db.AidCases.AsNoTracking()
            .Where(a => a.AreaCode.StartsWith(area) && a.DecidedAt != null && a.DecidedAt >= start && a.DecidedAt < end)
            .Select(a => new { a.Status, Days = a.DaysToDecision ?? 0 }).ToListAsync(ct);
        var events = await db.AwarenessEvents.AsNoTracking().Where(e => e.AreaCode.StartsWith(area) && e.Date >= from && e.Date <= to)
            .GroupBy(_ => 1).Select(g => new { Count = g.LongCount(), Attendance = g.Sum(e => (long)e.Attendance) }).FirstOrDefaultAsync(ct);

        var orders = await db.ProtectionOrders.AsNoTracking().LongCountAsync(o => o.AreaCode.StartsWith(area) && o.IssuedOn != null && o.IssuedOn >= from && o.IssuedOn <= to, ct);
        var sensitive = await all.LongCountAsync(m => m.Sensitive, ct);
        var closed = mediations.Sum(m => m.Count);
        var reached = mediations.Where(m => m.Reached).Sum(m => m.Count);
        return new Proto.LegalAidStatistics
        {
            AreaCode = area,
            Matters = await matters.LongCountAsync(ct),
            MattersByChannel = { Counts(await matters.GroupBy(m => m.Channel).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct), x => ProtoEnumNames.Of(x.Key), x => x.Count) },
            MattersByKind = { Counts(await matters.GroupBy(m => m.Kind).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct), x => ProtoEnumNames.Of(x.Key), x => x.Count) },
            MattersByStatus = { Counts(await matters.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct), x => ProtoEnumNames.Of(x.Key), x => x.Count) },
            OpenMattersByColour = { Counts(await matters.Where(m => open.Contains(m.Status)).GroupBy(m => m.RiskColour).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct), x => ProtoEnumNames.Of(x.Key), x => x.Count) },
            MediationsClosed = closed,
            MediationsReached = reached,
            MediationSuccessRate = closed == 0 ? 0 : (double)reached / closed,
            AidDecided = decisions.Count,
            AidApproved = decisions.Count(d => d.Status != Proto.AidStatus.Refused),
            AidAverageDaysToDecision = decisions.Count == 0 ? 0 : decisions.Average(d => d.Days),
            AidDecidedWithinTarget = decisions.Count == 0 ? 0 : (double)decisions.Count(d => d.Days <= target) / decisions.Count,
            AidTargetDays = target,
            OrdersIssued = smallCells.Count(orders, "orders_issued", suppressed),
            AwarenessEvents = events?.Count ?? 0,
            AwarenessAttendance = events?.Attendance ?? 0,
            SensitiveMatters = smallCells.Count(sensitive, "sensitive_matters", suppressed),
            SensitiveApart = apart,
            Suppressed = { suppressed },
        };
    }

    private static IEnumerable<Proto.KeyCount> Counts<T>(IEnumerable<T> rows, Func<T, string> key, Func<T, long> count) =>
        rows.Select(r => new Proto.KeyCount { Key = key(r), Count = count(r) }).OrderBy(k => k.Key, StringComparer.Ordinal);
}
