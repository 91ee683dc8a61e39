using Google.Protobuf.WellKnownTypes;

namespace Suite.Registry.FunctionalTests;

public sealed class UpdateWomanTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private async Task<Woman> CreateAsync() => await registry.Women.CreateWomanAsync(SampleForms.Create());

    [Fact]
    public async Task An_update_records_each_changed_field_with_reason_date_and_recorder()
    {
        var woman = await CreateAsync();
        var changed = woman.Clone();
        changed.Phone = "13900139000";
        changed.Husband.WorkPlace = HusbandWorkPlace.Abroad;
        changed.Husband.WorkLocation = "韩国首尔";

        var updated = await registry.Women.UpdateWomanAsync(new UpdateWomanRequest
        {
            Woman = changed, Reason = "丈夫出国务工", RecordedBy = "赵玉霞", EffectiveDate = new Date { Year = 2026, Month = 11, Day = 1 },
        });
        Assert.Equal("2", updated.Etag);
        Assert.Equal("139****9000", updated.Phone);

        var history = await registry.Women.ListChangesAsync(new ListChangesRequest { WomanId = woman.Id });
        Assert.Equal(3, history.Changes.Count); // phone, work place and the place beside it
        var phone = history.Changes.Single(c => c.Field == "phone");
        // The history is shown to every reader, so identifiers in it stay masked; the authenticated caller is recorded too.
        Assert.Equal(("138****8000", "139****9000", "丈夫出国务工", "赵玉霞"), (phone.OldValue, phone.NewValue, phone.Reason, phone.RecordedBy));
        Assert.Equal("civil-affairs/admin/*", phone.RecordedBySubject);
        Assert.Equal(new Date { Year = 2026, Month = 11, Day = 1 }, phone.EffectiveDate);
        var workPlace = history.Changes.Single(c => c.Field == "husband.work_place");
        Assert.Equal(("HUSBAND_WORK_PLACE_OUT_OF_PROVINCE", "HUSBAND_WORK_PLACE_ABROAD"), (workPlace.OldValue, workPlace.NewValue));
    }

    [Fact]
    public async Task A_masked_update_changes_only_the_named_fields()
    {
        var woman = await CreateAsync();
        var patch = new Woman { Id = woman.Id, Etag = woman.Etag, Address = "5组1号", Name = "ignored" };
        var updated = await registry.Women.UpdateWomanAsync(new UpdateWomanRequest
        {
            Woman = patch, UpdateMask = new FieldMask { Paths = { "address" } }, Reason = "搬家", RecordedBy = "赵玉霞",
        });
        Assert.Equal("5组1号", updated.Address);
        Assert.Equal(woman.Name, updated.Name);
        Assert.Single((await registry.Women.ListChangesAsync(new ListChangesRequest { WomanId = woman.Id })).Changes);
    }

    [Fact]
    public async Task An_update_that_changes_nothing_keeps_the_etag_and_records_nothing()
    {
        var woman = await CreateAsync();
        var same = await registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = woman, Reason = "复核", RecordedBy = "赵玉霞" });
        Assert.Equal(woman.Etag, same.Etag);
        Assert.Empty((await registry.Women.ListChangesAsync(new ListChangesRequest { WomanId = woman.Id })).Changes);
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_and_changes_nothing()
    {
        var woman = await CreateAsync();
        var first = woman.Clone();
        first.Address = "A";
        await registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = first, Reason = "r", RecordedBy = "x" });

        var stale = woman.Clone();
        stale.Address = "B";
        await RpcAssert.FailsWith(StatusCode.Aborted, () => registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = stale, Reason = "r", RecordedBy = "x" }).ResponseAsync);
        Assert.Equal("A", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).Address);
    }

    [Fact]
    public async Task Of_concurrent_updates_with_the_same_etag_exactly_one_wins()
    {
        var woman = await CreateAsync();
        var attempts = Enumerable.Range(0, 6).Select(async i =>
        {
            var change = woman.Clone();
            change.Address = $"并发{i}";
            try
            {
                await registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = change, Reason = "r", RecordedBy = "x" });
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        });
        var outcomes = await Task.WhenAll(attempts);
        Assert.Single(outcomes, s => s == StatusCode.OK);
        Assert.All(outcomes.Where(s => s != StatusCode.OK), s => Assert.Equal(StatusCode.Aborted, s));
        Assert.Equal("2", (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).Etag);
    }

    [Fact]
    public async Task Invalid_updates_name_the_fields_and_change_nothing()
    {
        var woman = await CreateAsync();
        var bad = woman.Clone();
        bad.Phone = "123";
        await RpcAssert.InvalidFields(() => registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = bad, Reason = "", RecordedBy = "x" }).ResponseAsync,
            "woman.phone", "reason");
        await RpcAssert.InvalidFields(() => registry.Women.UpdateWomanAsync(new UpdateWomanRequest
        {
            Woman = woman, UpdateMask = new FieldMask { Paths = { "status" } }, Reason = "r", RecordedBy = "x",
        }).ResponseAsync, "update_mask");
        Assert.Equal(woman, await registry.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id }));
    }

    [Fact]
    public async Task Updating_an_unknown_woman_is_not_found()
    {
        var ghost = SampleForms.Woman();
        ghost.Id = 99999999;
        ghost.Etag = "1";
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = ghost, Reason = "r", RecordedBy = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task Changing_the_ID_number_to_one_already_registered_is_refused()
    {
        var formA = SampleForms.Woman();
        await registry.Women.CreateWomanAsync(SampleForms.Create(formA));
        var b = await CreateAsync();
        var change = b.Clone();
        change.ResidentIdNumber = formA.ResidentIdNumber;
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => registry.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = change, Reason = "r", RecordedBy = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task History_of_an_unknown_woman_is_not_found()
    {
        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.Women.ListChangesAsync(new ListChangesRequest { WomanId = 99999999 }).ResponseAsync);
        await RpcAssert.InvalidFields(() => registry.Women.ListChangesAsync(new ListChangesRequest()).ResponseAsync, "woman_id");
    }
}
