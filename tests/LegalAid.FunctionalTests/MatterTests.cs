using Suite.Contracts.Registry.V1;
using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>Intake: a matter about a registered woman or an anonymous caller, its handler and its status steps.</summary>
public sealed class MatterTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private static CreateMatterRequest Anonymous(string area = SampleForms.Township) => new()
    {
        RequestId = Guid.NewGuid().ToString("N"), Channel = Channel.Hotline12348, Kind = MatterKind.Neighbour, AreaCode = area,
        Narrative = "邻居占用宅基地。", Contact = "刘女士 13900001111",
    };

    [Fact]
    public async Task A_matter_about_a_registered_woman_takes_her_village_from_the_Registry_and_starts_received()
    {
        var woman = await suite.RegisterAsync();
        var matter = await suite.MatterAsync(woman.Id);
        Assert.Equal((woman.Id, woman.VillageCode, MatterStatus.Received), (matter.WomanId, matter.AreaCode, matter.Status));
        Assert.Equal("2026-12-07", matter.DueDate); // 15 days from 2026-11-22
        Assert.Single(matter.History);
        Assert.False(matter.DetailsWithheld);
    }

    [Fact]
    public async Task An_anonymous_hotline_caller_is_recorded_with_her_area_and_a_protected_contact()
    {
        var matter = await suite.Matters(JusticeCounty).CreateMatterAsync(Anonymous());
        Assert.Equal((0L, SampleForms.Township, "刘女士 13900001111"), (matter.WomanId, matter.AreaCode, matter.Contact));
        var bytes = DatabaseFile.RawText(suite.LegalAid.DatabasePath);
        Assert.DoesNotContain("13900001111", bytes);
        Assert.DoesNotContain(System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes("宅基地")), bytes);
    }

    [Fact]
    public async Task A_retry_with_the_same_request_id_returns_the_first_matter()
    {
        var request = Anonymous();
        var first = await suite.Matters(JusticeCounty).CreateMatterAsync(request);
        var again = await suite.Matters(JusticeCounty).CreateMatterAsync(request);
        Assert.Equal(first.Id, again.Id);
    }

    [Fact]
    public async Task Concurrent_retries_with_one_request_id_all_return_the_same_matter()
    {
        var request = Anonymous();
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => suite.Matters(JusticeCounty).CreateMatterAsync(request).ResponseAsync));
        Assert.Single(results.Select(r => r.Id).Distinct());
    }

    [Fact]
    public async Task Bad_input_names_every_field_at_fault()
    {
        await RpcAssert.InvalidFields(() => suite.Matters(JusticeCounty).CreateMatterAsync(new CreateMatterRequest { DueInDays = 400 }).ResponseAsync,
            "request_id", "channel", "kind", "area_code", "narrative", "due_in_days");
        var withContact = Anonymous();
        withContact.WomanId = 5;
        await RpcAssert.InvalidFields(() => suite.Matters(JusticeCounty).CreateMatterAsync(withContact).ResponseAsync, "contact");
    }

    [Fact]
    public async Task An_unknown_woman_is_not_found_and_an_area_outside_the_callers_is_refused()
    {
        var request = Anonymous();
        request.WomanId = 987654321;
        request.Contact = "";
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Matters(JusticeCounty).CreateMatterAsync(request).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Matters(JusticeCounty).CreateMatterAsync(Anonymous(SampleForms.OtherCountyVillage)).ResponseAsync);
    }

    [Fact]
    public async Task With_the_Registry_down_a_matter_about_a_woman_is_unavailable_and_nothing_is_created()
    {
        var woman = await suite.RegisterAsync();
        var before = (await suite.Matters(JusticeCounty).ListMattersAsync(new ListMattersRequest { PageSize = 200 })).Matters.Count;
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => suite.MatterAsync(woman.Id));
        }
        finally
        {
            suite.RegistryUp = true;
        }
        Assert.Equal(before, (await suite.Matters(JusticeCounty).ListMattersAsync(new ListMattersRequest { PageSize = 200 })).Matters.Count);
    }

    [Fact]
    public async Task A_matter_is_assigned_started_and_resolved_each_step_in_its_history()
    {
        var matter = await suite.MatterAsync((await suite.RegisterAsync()).Id);
        var client = suite.Matters(JusticeCounty);
        matter = await client.AssignMatterAsync(new AssignMatterRequest { Id = matter.Id, Etag = matter.Etag, Handler = "justice/township-officer/231025100", HandlerName = "司法所干部" });
        Assert.Equal(MatterStatus.Assigned, matter.Status);
        matter = await client.AdvanceMatterAsync(new AdvanceMatterRequest { Id = matter.Id, Etag = matter.Etag, Action = MatterAction.Start, Reason = "约谈双方" });
        matter = await client.AdvanceMatterAsync(new AdvanceMatterRequest { Id = matter.Id, Etag = matter.Etag, Action = MatterAction.Resolve, Reason = "达成一致" });
        Assert.Equal(MatterStatus.Resolved, matter.Status);
        Assert.Equal(["status", "handler", "status", "status", "status"], matter.History.Select(h => h.Change));
        Assert.All(matter.History, h => Assert.Equal("县司法局干部", h.ByName));

        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => client.AdvanceMatterAsync(new AdvanceMatterRequest { Id = matter.Id, Etag = matter.Etag, Action = MatterAction.Close, Reason = "x" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => client.AdvanceMatterAsync(new AdvanceMatterRequest { Id = matter.Id, Etag = "1", Action = MatterAction.Close, Reason = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task A_received_matter_cannot_be_started_before_it_has_a_handler()
    {
        var matter = await suite.Matters(JusticeCounty).CreateMatterAsync(Anonymous());
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => suite.Matters(JusticeCounty)
            .AdvanceMatterAsync(new AdvanceMatterRequest { Id = matter.Id, Etag = matter.Etag, Action = MatterAction.Start, Reason = "x" }).ResponseAsync);
        await RpcAssert.InvalidFields(() => suite.Matters(JusticeCounty).AssignMatterAsync(new AssignMatterRequest()).ResponseAsync, "id", "etag", "handler", "handler_name");
    }

    [Fact]
    public async Task Get_and_list_keep_to_the_callers_area()
    {
        var matter = await suite.Matters(JusticeCounty).CreateMatterAsync(Anonymous());
        Assert.Equal(matter.Id, (await suite.Matters(JusticeCounty).GetMatterAsync(new GetMatterRequest { Id = matter.Id })).Id);
        Assert.Contains((await suite.Matters(JusticeTownship).ListMattersAsync(new ListMattersRequest { PageSize = 200 })).Matters, m => m.Id == matter.Id);
        var otherCounty = suite.Matters(TestTokens.For("justice", "county-officer", SampleForms.OtherCounty));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => otherCounty.GetMatterAsync(new GetMatterRequest { Id = matter.Id }).ResponseAsync);
        Assert.DoesNotContain((await otherCounty.ListMattersAsync(new ListMattersRequest())).Matters, m => m.Id == matter.Id);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => otherCounty.ListMattersAsync(new ListMattersRequest { AreaCode = SampleForms.County }).ResponseAsync);
        await RpcAssert.InvalidFields(() => otherCounty.ListMattersAsync(new ListMattersRequest { AreaCode = "23102" }).ResponseAsync, "area_code");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Matters(JusticeCounty).GetMatterAsync(new GetMatterRequest { Id = 999999 }).ResponseAsync);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        for (var i = 0; i < 5; i++)
        {
            await suite.Matters(JusticeCounty).CreateMatterAsync(Anonymous());
        }
        var seen = new List<long>();
        var token = "";
        do
        {
            var page = await suite.Matters(JusticeCounty).ListMattersAsync(new ListMattersRequest { PageSize = 2, PageToken = token, Kind = MatterKind.Neighbour });
            seen.AddRange(page.Matters.Select(m => m.Id));
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.True(seen.Count >= 5);
        Assert.Equal(seen.OrderByDescending(id => id), seen);
    }
}
