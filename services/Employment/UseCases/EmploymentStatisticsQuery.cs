using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.Employment.Infrastructure;
using Suite.GrpcServer.Errors;
using Suite.Security;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>Counts of an area and period (China dates): trainees and person-times by trade, completion and certification, posts, placements and pay, start-up support.</summary>
public sealed class EmploymentStatisticsQuery(EmploymentDbContext db, CurrentCaller caller)
{
    public async Task<Proto.EmploymentStatistics> GetAsync(Proto.GetEmploymentStatisticsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        var (start, end) = (ChinaCalendar.StartUtc(from), ChinaCalendar.EndUtc(to));

        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.VillageCode.StartsWith(area) && e.EnrolledAt >= start && e.EnrolledAt < end)
            .Select(e => new { e.WomanId, e.Trade, e.Status }).ToListAsync(ct);
        var trainees = enrolments.Select(e => e.WomanId).ToHashSet();
        var certified = await db.Certificates.AsNoTracking().Where(c => c.VillageCode.StartsWith(area) && c.IssuedOn >= from && c.IssuedOn <= to)
            .Select(c => c.WomanId).Distinct().ToListAsync(ct);
        var posts = await db.Posts.AsNoTracking().Where(p => p.AreaCode.StartsWith(area) && p.CreatedAt >= start && p.CreatedAt < end)
            .Select(p => p.MotherPost).ToListAsync(ct);
        var pay = await db.Placements.AsNoTracking().Where(p => p.VillageCode.StartsWith(area) && p.StartDate >= from && p.StartDate <= to)
            .Select(p => p.MonthlyPayYuan).ToListAsync(ct);
        var support = await db.StartupSupport.AsNoTracking().Where(s => s.VillageCode.StartsWith(area) && s.Date >= from && s.Date <= to)
            .Select(s => new { s.Kind, s.AmountYuan }).ToListAsync(ct);
        var loans = support.Where(s => s.Kind == Proto.SupportKind.GuaranteedLoan).ToList();
        return new Proto.EmploymentStatistics
        {
            AreaCode = area,
            ByTrade = { enrolments.GroupBy(e => e.Trade).OrderBy(g => g.Key).Select(g => new Proto.TradeCount { Trade = g.Key, Trainees = g.Select(e => e.WomanId).Distinct().Count(), PersonTimes = g.Count() }) },
            CompletionRate = enrolments.Count == 0 ? 0 : (double)enrolments.Count(e => e.Status == Proto.EnrolmentStatus.Completed) / enrolments.Count,
            CertificationRate = trainees.Count == 0 ? 0 : (double)certified.Count(trainees.Contains) / trainees.Count,
            Posts = posts.Count,
            MotherPosts = posts.Count(m => m),
            Placements = pay.Count,
            AveragePayYuan = pay.Count == 0 ? 0 : pay.Average(),
            Loans = loans.Count,
            LoanTotalYuan = loans.Sum(l => (long)l.AmountYuan),
            Subsidies = support.Count(s => s.Kind == Proto.SupportKind.OneTimeSubsidy),
        };
    }
}
