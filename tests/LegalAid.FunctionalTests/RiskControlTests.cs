using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>Three-colour control with a clock the test moves: red is due for follow-up within 24 hours and escalated.</summary>
public sealed class RiskControlTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private Task<Matter> Colour(Matter matter, RiskColour colour, string reason = "多次冲突") =>
        suite.Matters(JusticeCounty).SetRiskColourAsync(new SetRiskColourRequest { Id = matter.Id, Etag = matter.Etag, Colour = colour, Reason = reason }).ResponseAsync;

    private async Task<IReadOnlyList<long>> Overdue() =>
        (await suite.Matters(JusticeCounty).ListOverdueMattersAsync(new ListOverdueMattersRequest { AreaCode = SampleForms.County })).Matters.Select(m => m.Id).ToList();

    [Fact]
    public async Task A_red_matter_is_escalated_and_shows_as_overdue_only_after_its_24_hours()
    {
        var matter = await Colour(await suite.MatterAsync((await suite.RegisterAsync()).Id), RiskColour.Red, "威胁人身安全");
        Assert.Equal(suite.Clock.GetUtcNow().UtcDateTime.AddHours(24), matter.FollowUpDue.ToDateTime());
        Assert.Contains(matter.History, h => h.Change == "escalation" && h.To.Contains("公安"));

        suite.Clock.Advance(TimeSpan.FromHours(23));
        Assert.DoesNotContain(matter.Id, await Overdue());
        suite.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Contains(matter.Id, await Overdue());

        matter = await suite.Matters(JusticeCounty).RecordFollowUpAsync(new RecordFollowUpRequest { Id = matter.Id, Etag = matter.Etag, Note = "已入户走访, 联系派出所" });
        Assert.DoesNotContain(matter.Id, await Overdue());
        Assert.Equal(suite.Clock.GetUtcNow().UtcDateTime.AddHours(24), matter.FollowUpDue.ToDateTime());
    }

    [Fact]
    public async Task Yellow_is_followed_up_at_72_hours_green_needs_none_and_every_change_is_recorded()
    {
        var matter = await Colour(await suite.MatterAsync((await suite.RegisterAsync()).Id), RiskColour.Yellow);
        Assert.Equal(suite.Clock.GetUtcNow().UtcDateTime.AddHours(72), matter.FollowUpDue.ToDateTime());
        matter = await Colour(matter, RiskColour.Green, "关系缓和");
        Assert.Null(matter.FollowUpDue);
        Assert.Equal(["RISK_COLOUR_UNSPECIFIED>RISK_COLOUR_YELLOW", "RISK_COLOUR_YELLOW>RISK_COLOUR_GREEN"],
            matter.History.Where(h => h.Change == "colour").Select(h => $"{h.From}>{h.To}"));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => suite.Matters(JusticeCounty)
            .RecordFollowUpAsync(new RecordFollowUpRequest { Id = matter.Id, Etag = matter.Etag, Note = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task Colours_are_for_open_family_disputes_only()
    {
        var woman = await suite.RegisterAsync();
        var fraud = await suite.MatterAsync(woman.Id, MatterKind.Fraud);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Colour(fraud, RiskColour.Red));
        var closed = await suite.MatterAsync(woman.Id);
        closed = await suite.Matters(JusticeCounty).AdvanceMatterAsync(new AdvanceMatterRequest { Id = closed.Id, Etag = closed.Etag, Action = MatterAction.Close, Reason = "撤回" });
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Colour(closed, RiskColour.Red));
        await RpcAssert.InvalidFields(() => suite.Matters(JusticeCounty).SetRiskColourAsync(new SetRiskColourRequest { Id = closed.Id }).ResponseAsync, "etag", "colour", "reason");
    }
}
