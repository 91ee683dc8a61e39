using Microsoft.EntityFrameworkCore;
using Suite.Supervision.Infrastructure;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;

namespace Suite.Supervision.UseCases;

/// <summary>
/// What a county's quarter is judged on: its snapshot's figures, the year's scheme (if saved) and the plan's tasks
/// (if any), with the units of each kind: the townships of the snapshot, and the departments that answer for an
/// indicator or lead a task.
/// </summary>
public sealed class QuarterFacts(SupervisionDbContext db, SnapshotDesk snapshots, TimeProvider clock)
{
    public sealed record Facts(SnapshotRecord Snapshot, List<FigureRecord> Figures, SchemeRecord? Scheme, Plan? Plan, List<PlanTask> Tasks, DateOnly JudgedOn)
    {
        public FigureRecord? Figure(string indicator, string area) => Figures.FirstOrDefault(f => f.Indicator == indicator && f.AreaCode == area);

        public IEnumerable<string> Townships => Figures.Select(f => f.AreaCode).Where(a => a.Length == Suite.Domain.AreaCode.TownshipLength).Distinct().Order(StringComparer.Ordinal);

        public IEnumerable<string> Departments => IndicatorCatalogue.All.Select(d => d.Department).Where(d => d.Length > 0)
            .Concat(Tasks.Select(t => t.LeadUnit).Where(Units.IsDepartment)).Distinct().Order(StringComparer.Ordinal);

        public int OverdueLedBy(string unit) => Tasks.Count(t => t.LeadUnit == unit && t.OverdueOn(JudgedOn));

        public double TargetOf(string indicator) => Scheme?.Items.FirstOrDefault(i => i.Indicator == indicator)?.Target ?? 0;
    }

    public async Task<Facts> LoadAsync(string countyCode, int year, int quarter, CancellationToken ct)
    {
        var snapshot = await snapshots.FindAsync(countyCode, year, quarter, ct);
        var figures = await db.Figures.AsNoTracking().Where(f => f.SnapshotId == snapshot.Id).ToListAsync(ct);
        var scheme = await db.Schemes.AsNoTracking().FirstOrDefaultAsync(s => s.CountyCode == countyCode && s.Year == year, ct);
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.CountyCode == countyCode && p.Year == year, ct);
        var tasks = plan is null ? [] : await db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id).ToListAsync(ct);
        return new Facts(snapshot, figures, scheme, plan, tasks, Quarters.JudgedOn(year, quarter, Suite.Domain.ChinaCalendar.Today(clock)));
    }
}
