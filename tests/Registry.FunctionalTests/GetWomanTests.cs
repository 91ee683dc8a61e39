namespace Suite.Registry.FunctionalTests;

public sealed class GetWomanTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task An_unknown_id_is_not_found_and_a_missing_id_is_invalid()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Women.GetWomanAsync(new GetWomanRequest { Id = 987654321 }).ResponseAsync);
        await RpcAssert.InvalidFields(() => registry.Women.GetWomanAsync(new GetWomanRequest()).ResponseAsync, "id");
    }

    [Fact]
    public async Task Reads_are_cached_in_Redis_and_a_write_invalidates_the_entry()
    {
        // No needs on her form: the need-referral loop, which writes her row in the background, leaves her alone.
        var form = SampleForms.Woman();
        form.Needs.Clear();
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id });
        Assert.True(CacheHas(created.Id));

        var changed = created.Clone();
        changed.Phone = "13900139000";
        var updated = await registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = changed, Reason = "new phone", RecordedBy = "李春华" });
        Assert.Equal("2", updated.Etag); // an encrypted field alone changed: the etag still moves
        Assert.False(CacheHas(created.Id));
        Assert.Equal("139****9000", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id })).Phone);
        Assert.Equal("13900139000", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id, RevealPurpose = "回访核实电话" })).Phone);
    }

    private bool CacheHas(long id)
    {
        using var redis = StackExchange.Redis.ConnectionMultiplexer.Connect(registry.CacheConnectionString);
        return redis.GetDatabase().KeyExists($"registry:woman:{id}");
    }

    [Fact]
    public async Task Left_behind_status_follows_the_calendar_even_for_cached_records()
    {
        var form = SampleForms.Woman();
        // Four months before "today" (2026-11-22).
        form.Husband.DepartureDate = new Date { Year = 2026, Month = 7, Day = 22 };
        var created = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        Assert.False(created.LeftBehind);
        Assert.False((await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id })).LeftBehind);

        var saved = registry.Clock.Now;
        try
        {
            registry.Clock.Advance(TimeSpan.FromDays(61)); // 2027-01-22: six months since departure.
            Assert.True((await registry.Women.GetWomanAsync(new GetWomanRequest { Id = created.Id })).LeftBehind);
            var list = await registry.Women.ListWomenAsync(new ListWomenRequest
            {
                Filter = new WomenFilter { AreaCode = SampleForms.RuralVillage, LeftBehindOnly = true, NamePrefix = form.Name },
                PageSize = 500,
            });
            Assert.Contains(list.Women, w => w.Id == created.Id);
        }
        finally
        {
            registry.Clock.Now = saved;
        }
    }
}
