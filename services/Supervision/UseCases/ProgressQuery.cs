using Suite.Contracts.Supervision.V1;
using Suite.Supervision.Rules;

namespace Suite.Supervision.UseCases;

/// <summary>
/// Progress of a quarter per township or department: each indicator against the scheme's target, the tasks it leads
/// (done, overdue), and who is behind (后进), furthest behind first. A unit without the overview reads its own row.
/// </summary>
public sealed class ProgressQuery(QuarterFacts quarters, SupervisionCaller caller)
{
    public async Task<Progress> GetAsync(GetProgressRequest request, CancellationToken ct)
    {
        var facts = await quarters.LoadAsync(request.CountyCode, request.Year, request.Quarter, ct);
        var departments = request.UnitKind == UnitKind.Department;
        var units = (departments ? facts.Departments : facts.Townships).ToList();
        var rows = units.Select(unit =>
        {
            var indicators = IndicatorCatalogue.All
                .Where(d => departments ? d.Department == unit : true)
                .Select(d => Line(facts, d.Code, departments ? request.CountyCode : unit)).ToList();
            var led = facts.Tasks.Where(t => t.LeadUnit == unit).ToList();
            return new UnitProgress
            {
                Unit = unit, Indicators = { indicators }, Tasks = led.Count, TasksDone = led.Count(t => t.PercentDone == 100),
                TasksOverdue = facts.OverdueLedBy(unit), IndicatorsBehind = indicators.Count(i => i.Behind),
            };
        }).OrderByDescending(r => r.IndicatorsBehind).ThenByDescending(r => r.TasksOverdue).ThenBy(r => r.Unit, StringComparer.Ordinal).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].RankBehind = i + 1;
        }
        var progress = new Progress
        {
            SnapshotId = facts.Snapshot.Id, Partial = facts.Snapshot.MissingServices.Count > 0,
            County = { IndicatorCatalogue.All.Select(d => Line(facts, d.Code, request.CountyCode)) },
            Units = { rows.Where(r => caller.Sees(r.Unit)) },
        };
        return progress;
    }

    private static IndicatorProgress Line(QuarterFacts.Facts facts, string indicator, string area)
    {
        var figure = facts.Figure(indicator, area);
        var target = facts.TargetOf(indicator);
        return new IndicatorProgress
        {
            Indicator = indicator, Figure = figure is null ? new Figure { Indicator = indicator, AreaCode = area, State = FigureState.NothingToCount } : IndicatorMapping.ToProto(figure),
            Target = target, Behind = figure is { State: FigureState.Counted } && target > 0 && figure.Rate < target,
        };
    }
}
