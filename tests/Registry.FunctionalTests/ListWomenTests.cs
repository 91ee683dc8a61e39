namespace Suite.Registry.FunctionalTests;

public sealed class ListWomenTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task Listing_by_ids_names_only_the_women_the_caller_may_see()
    {
        var mine = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.RuralVillage, name: "按编号甲")));
        var elsewhere = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherCountyVillage, name: "按编号乙")));
        var filter = new WomenFilter { Ids = { mine.Id, elsewhere.Id } };

        var county = await registry.WomenAs(TestTokens.CountyOfficer).ListWomenAsync(new ListWomenRequest { Filter = filter });
        Assert.Equal([mine.Id], county.Women.Select(w => w.Id));

        var tooMany = new WomenFilter();
        tooMany.Ids.AddRange(Enumerable.Range(1, 501).Select(n => (long)n));
        await RpcAssert.InvalidFields(() => registry.Women.ListWomenAsync(new ListWomenRequest { Filter = tooMany }).ResponseAsync, "filter.ids");
    }

    [Fact]
    public async Task Filters_by_area_prefix_status_priority_and_name()
    {
        var marker = "筛选" + Guid.NewGuid().ToString("N")[..6];
        var here = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.RuralVillage, name: marker + "甲")));
        var priorityForm = SampleForms.Woman(SampleForms.OtherRuralVillage, name: marker + "乙");
        priorityForm.Health = HealthStatus.SeriousIllness;
        var priority = await registry.Women.CreateWomanAsync(SampleForms.Create(priorityForm));
        var away = await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherCountyVillage, name: marker + "丙")));

        async Task<long[]> Ids(WomenFilter filter)
        {
            filter.NamePrefix = marker;
            return [.. (await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = filter, PageSize = 500 })).Women.Select(w => w.Id)];
        }

        Assert.Equal([here.Id, priority.Id], await Ids(new WomenFilter { AreaCode = SampleForms.County }));
        Assert.Equal([here.Id], await Ids(new WomenFilter { AreaCode = SampleForms.RuralVillage }));
        Assert.Equal([here.Id, priority.Id, away.Id], await Ids(new WomenFilter { AreaCode = "23" }));
        Assert.Equal([priority.Id], await Ids(new WomenFilter { MinPriority = PriorityLevel.Priority }));
        Assert.Equal([here.Id, priority.Id, away.Id], await Ids(new WomenFilter { Status = LedgerStatus.Active, LeftBehindOnly = true }));
        Assert.Empty(await Ids(new WomenFilter { Status = LedgerStatus.Exited }));
    }

    [Fact]
    public async Task Paging_stays_correct_while_records_are_added()
    {
        var marker = "分页" + Guid.NewGuid().ToString("N")[..6];
        var created = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherRuralVillage, name: marker + i)))).Id);
        }
        var filter = new WomenFilter { AreaCode = SampleForms.OtherRuralVillage, NamePrefix = marker };
        var seen = new List<long>();
        var page = await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = filter, PageSize = 2 });
        seen.AddRange(page.Women.Select(w => w.Id));
        // A woman registered between pages lands after the cursor (higher id in the same village): no row repeats or goes missing.
        var late = (await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherRuralVillage, name: marker + "晚")))).Id;
        while (page.NextPageToken.Length > 0)
        {
            page = await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = filter, PageSize = 2, PageToken = page.NextPageToken });
            seen.AddRange(page.Women.Select(w => w.Id));
        }
        Assert.Equal([.. created, late], seen);
    }

    [Fact]
    public async Task Bad_filters_and_tokens_are_invalid()
    {
        await RpcAssert.InvalidFields(() => registry.Women.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = "2310251" } }).ResponseAsync, "filter.area_code");
        await RpcAssert.InvalidFields(() => registry.Women.ListWomenAsync(new ListWomenRequest { PageSize = 501 }).ResponseAsync, "page_size");
        await RpcAssert.InvalidFields(() => registry.Women.ListWomenAsync(new ListWomenRequest { PageToken = "not-a-token" }).ResponseAsync, "page_token");

        await registry.Women.CreateWomanAsync(SampleForms.Create());
        await registry.Women.CreateWomanAsync(SampleForms.Create());
        var first = await registry.Women.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = SampleForms.County }, PageSize = 1 });
        await RpcAssert.InvalidFields(() => registry.Women.ListWomenAsync(new ListWomenRequest
        {
            Filter = new WomenFilter { AreaCode = SampleForms.OtherCounty }, PageSize = 1, PageToken = first.NextPageToken,
        }).ResponseAsync, "page_token");
    }
}
