using Suite.Contracts.Supervision.V1;
using Suite.Supervision.Model;
using Suite.Supervision.Rules;
using Xunit;

namespace Suite.Supervision.UnitTests;

public sealed class RulesTests
{
    private static FigureRecord Counted(string indicator, long numerator, long denominator) =>
        new() { Indicator = indicator, AreaCode = "231025100", State = FigureState.Counted, Numerator = numerator, Denominator = denominator };

    private static readonly List<SchemeItemEntry> Items =
    [
        new() { Indicator = IndicatorCatalogue.PriorityCovered, Weight = 30, Target = 0.9 },
        new() { Indicator = IndicatorCatalogue.AidOnTime, Weight = 20, Target = 1 },
        new() { Indicator = IndicatorCatalogue.HouseholdsReached, Weight = 50, Target = 0.8 },
    ];

    [Fact]
    public void An_item_earns_its_weight_at_its_target_and_a_share_of_it_below()
    {
        var figures = new Dictionary<string, FigureRecord>
        {
            [IndicatorCatalogue.PriorityCovered] = Counted(IndicatorCatalogue.PriorityCovered, 95, 100), // above: 30
            [IndicatorCatalogue.AidOnTime] = Counted(IndicatorCatalogue.AidOnTime, 3, 4),                // 20 × 0.75 = 15
            [IndicatorCatalogue.HouseholdsReached] = Counted(IndicatorCatalogue.HouseholdsReached, 1, 3), // 50 × (1/3) / 0.8 = 20.8
        };
        var score = Scoring.Score("231025100", Items, i => figures.GetValueOrDefault(i), overdueTasks: 3, deductionPerTask: 2, maxDeduction: 5, scaleTo100: false);
        Assert.Equal([30, 15, 20.8, -5], score.Lines.Select(l => l.Points));
        Assert.Equal(60.8, score.Score);
        Assert.Contains("扣 5.0 分", score.Lines[^1].Explanation);
    }

    [Fact]
    public void Nothing_to_count_earns_the_weight_and_a_department_is_scaled_to_100()
    {
        var score = Scoring.Score("justice", [Items[1]], _ => new FigureRecord { State = FigureState.NothingToCount }, 0, 1, 10, scaleTo100: true);
        Assert.Equal(100, score.Score);
        Assert.Contains("无统计对象", score.Lines[0].Explanation);
        var half = Scoring.Score("justice", [Items[1]], _ => Counted(IndicatorCatalogue.AidOnTime, 1, 2), 0, 1, 10, scaleTo100: true);
        Assert.Equal(50, half.Score);
    }

    [Fact]
    public void A_withheld_small_count_earns_the_weight_and_says_why()
    {
        var item = new SchemeItemEntry { Indicator = IndicatorCatalogue.WomenCounselled, Weight = 40, Target = 0.05 };
        var score = Scoring.Score("231025100", [item], _ => new FigureRecord { Indicator = item.Indicator, State = FigureState.Withheld, Numerator = 3, Denominator = 100 }, 0, 1, 10, scaleTo100: false);
        Assert.Equal(40, score.Score);
        Assert.Contains("心理疏导覆盖率：数量较小不予公开", score.Lines[0].Explanation);
        Assert.Equal(0, new FigureRecord { State = FigureState.Withheld, Numerator = 3, Denominator = 100 }.Rate);
    }

    [Fact]
    public void Community_indicators_are_the_federations_and_each_is_named()
    {
        var community = IndicatorCatalogue.All.Where(d => d.Service == Suite.Contracts.ResourceNames.Community).ToList();
        Assert.Equal([IndicatorCatalogue.PlacesActive, IndicatorCatalogue.WomenReached, IndicatorCatalogue.WomenCounselled, IndicatorCatalogue.VolunteersServing, IndicatorCatalogue.WomenElected],
            community.Select(d => d.Code));
        Assert.All(community, d => Assert.Equal("womens-federation", d.Department));
        Assert.All(community, d => Assert.Contains(" / ", d.Explained));
    }

    [Fact]
    public void Ranks_are_best_first_and_ties_fall_by_unit_code()
    {
        var ranked = Scoring.Ranked([new UnitScore { Unit = "b", Score = 80 }, new UnitScore { Unit = "a", Score = 80 }, new UnitScore { Unit = "c", Score = 90 }]);
        Assert.Equal(["c", "a", "b"], ranked.Select(r => r.Unit));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void The_sample_depends_on_the_survey_not_on_the_order_the_women_come_in()
    {
        var women = Enumerable.Range(1, 200).Select(i => (long)i).ToList();
        var drawn = SampleDraw.Draw(7, "231025100", women, 10);
        Assert.Equal(drawn, SampleDraw.Draw(7, "231025100", Enumerable.Reverse(women), 10));
        Assert.Equal(10, drawn.Distinct().Count());
        Assert.NotEqual(drawn, SampleDraw.Draw(8, "231025100", women, 10));
        Assert.NotEqual(drawn, women.Take(10)); // not the first ids of the ledger
    }

    [Fact]
    public void A_task_is_overdue_after_its_deadline_unless_done_by_then()
    {
        var task = new Suite.Supervision.Model.PlanTask { Deadline = new DateOnly(2026, 6, 30) };
        Assert.False(task.OverdueOn(new DateOnly(2026, 6, 30)));
        Assert.True(task.OverdueOn(new DateOnly(2026, 7, 1)));
        task.DoneDate = new DateOnly(2026, 6, 29);
        Assert.False(task.OverdueOn(new DateOnly(2026, 12, 31)));
        task.DoneDate = new DateOnly(2026, 7, 3);
        Assert.True(task.OverdueOn(new DateOnly(2026, 12, 31))); // done late is late
    }

    [Fact]
    public void A_quarter_is_judged_at_its_end_or_today_while_it_runs()
    {
        Assert.Equal(new DateOnly(2026, 7, 1), Quarters.JudgedOn(2026, 2, new DateOnly(2026, 11, 22)));
        Assert.Equal(new DateOnly(2026, 11, 22), Quarters.JudgedOn(2026, 4, new DateOnly(2026, 11, 22)));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (Quarters.Start(2026, 4), Quarters.End(2026, 4)));
    }

    [Fact]
    public void Satisfied_means_an_average_of_four_or_more()
    {
        Assert.True(SatisfactionRule.Satisfied([5, 3]));
        Assert.False(SatisfactionRule.Satisfied([4, 3]));
        Assert.False(SatisfactionRule.Satisfied([]));
    }
}
