using Suite.Contracts.Supervision.V1;
using Suite.Ledger;
using Suite.Supervision.Model;

namespace Suite.Supervision.Rules;

/// <summary>
/// The scoring rule (pure): an item earns its whole weight at or above its target, weight × rate / target below it
/// (rounded to 0.1); nothing to count (or a small sensitive count withheld) earns the whole weight; each overdue task takes off the scheme's deduction, up to
/// its maximum. Townships are scored on every item; a department on its own indicators, scaled to 100.
/// </summary>
public static class Scoring
{
    public const string OverdueItem = "overdue_tasks";

    public static UnitScore Score(string unit, IReadOnlyList<SchemeItemEntry> items, Func<string, FigureRecord?> figureOf, int overdueTasks,
        double deductionPerTask, double maxDeduction, bool scaleTo100)
    {
        var score = new UnitScore { Unit = unit };
        foreach (var item in items)
        {
            score.Lines.Add(Line(item, figureOf(item.Indicator)));
        }
        var earned = score.Lines.Sum(l => l.Points);
        var weights = items.Sum(i => i.Weight);
        var total = scaleTo100 ? (weights == 0 ? 100 : Round(earned * 100 / weights)) : earned;
        var deduction = Round(Math.Min(maxDeduction, overdueTasks * deductionPerTask));
        if (overdueTasks > 0)
        {
            score.Lines.Add(new ScoreLine
            {
                Item = OverdueItem, Points = -deduction, Weight = 0,
                Explanation = $"逾期任务 {overdueTasks} 项，每项扣 {deductionPerTask:0.#} 分（最多扣 {maxDeduction:0.#} 分），扣 {deduction:0.0} 分",
            });
        }
        if (scaleTo100 && weights == 0)
        {
            score.Lines.Add(new ScoreLine { Item = "scaled", Points = 0, Weight = 0, Explanation = "考核方案未设本部门指标，指标部分按满分 100 分计" });
        }
        if (scaleTo100 && weights > 0)
        {
            score.Lines.Add(new ScoreLine { Item = "scaled", Points = 0, Weight = 0, Explanation = $"本部门指标得 {earned:0.0} 分（满分 {weights} 分），折合百分制 {total:0.0} 分" });
        }
        score.Score = Round(total - deduction);
        return score;
    }

    private static ScoreLine Line(SchemeItemEntry item, FigureRecord? figure)
    {
        var name = IndicatorCatalogue.NameOf(item.Indicator);
        var state = figure?.State ?? FigureState.NothingToCount;
        var (points, how) = state switch
        {
            FigureState.Counted => (Round(item.Weight * Math.Min(1, figure!.Rate / item.Target)),
                $"{name} {SupervisionLabels.Percent(figure.Rate)}（{figure.Numerator}/{figure.Denominator}），目标 {SupervisionLabels.Percent(item.Target)}"),
            FigureState.NoTarget => (item.Weight, $"{name}：未下达年度目标，按满分计"),
            FigureState.Withheld => (item.Weight, $"{name}：数量较小不予公开，按满分计"),
            _ => (item.Weight, $"{name}：无统计对象，按满分计"),
        };
        return new ScoreLine { Item = item.Indicator, Points = points, Weight = item.Weight, Explanation = $"{how}，得 {points:0.0} 分（满分 {item.Weight} 分）" };
    }

    private static double Round(double points) => Math.Round(points, 1, MidpointRounding.AwayFromZero);

    /// <summary>Ranks best first (1 = highest score; ties by unit code, each its own rank).</summary>
    public static List<UnitScore> Ranked(IEnumerable<UnitScore> scores)
    {
        var ranked = scores.OrderByDescending(s => s.Score).ThenBy(s => s.Unit, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i].Rank = i + 1;
        }
        return ranked;
    }
}
