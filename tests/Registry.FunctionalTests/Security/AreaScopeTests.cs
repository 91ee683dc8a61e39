namespace Suite.Registry.FunctionalTests.Security;

/// <summary>Territorial management: each caller works inside her area code prefix.</summary>
public sealed class AreaScopeTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    private async Task<Woman> CreateIn(string village) => await registry.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(village)));

    [Fact]
    public async Task A_village_token_reads_and_writes_only_its_village()
    {
        var mine = await CreateIn(SampleForms.RuralVillage);
        var neighbour = await CreateIn(SampleForms.OtherRuralVillage);
        var village = registry.WomenAs(TestTokens.VillageStaff);

        Assert.Equal(mine.Id, (await village.GetWomanAsync(new GetWomanRequest { Id = mine.Id })).Id);
        // Outside her village the record does not exist for her.
        await RpcAssert.FailsWith(StatusCode.NotFound, () => village.GetWomanAsync(new GetWomanRequest { Id = neighbour.Id }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => village.ListChangesAsync(new ListChangesRequest { WomanId = neighbour.Id }).ResponseAsync);
        var theirs = neighbour.Clone();
        theirs.Address = "x";
        await RpcAssert.FailsWith(StatusCode.NotFound, () => village.UpdateWomanAsync(new UpdateWomanRequest { Woman = theirs, Reason = "r" }).ResponseAsync);

        var list = await village.ListWomenAsync(new ListWomenRequest { PageSize = 500 });
        Assert.Contains(list.Women, w => w.Id == mine.Id);
        Assert.All(list.Women, w => Assert.Equal(SampleForms.RuralVillage, w.VillageCode));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => village.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = SampleForms.OtherCounty } }).ResponseAsync);

        // Writing into another area is refused, and changes nothing.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => village.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherRuralVillage))).ResponseAsync);
        var move = mine.Clone();
        move.VillageCode = SampleForms.OtherRuralVillage;
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => village.UpdateWomanAsync(new UpdateWomanRequest { Woman = move, Reason = "搬迁" }).ResponseAsync);
        Assert.Equal(SampleForms.RuralVillage, (await village.GetWomanAsync(new GetWomanRequest { Id = mine.Id })).VillageCode);
    }

    [Fact]
    public async Task A_township_officer_sees_her_township_and_statistics_are_cut_to_it()
    {
        var inTownship = await CreateIn(SampleForms.OtherRuralVillage);
        var otherTownship = await CreateIn("231025101201");
        var township = registry.WomenAs(TestTokens.TownshipOfficer);

        var list = await township.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter { AreaCode = SampleForms.County }, PageSize = 500 });
        Assert.Contains(list.Women, w => w.Id == inTownship.Id);
        Assert.DoesNotContain(list.Women, w => w.Id == otherTownship.Id);
        Assert.All(list.Women, w => Assert.StartsWith(SampleForms.Township, w.VillageCode));

        var stats = await township.GetStatisticsAsync(new GetStatisticsRequest());
        Assert.Equal(SampleForms.Township, stats.AreaCode);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => township.GetWomanAsync(new GetWomanRequest { Id = otherTownship.Id }).ResponseAsync);
    }

    [Fact]
    public async Task A_duplicate_ID_number_registered_elsewhere_is_refused_without_naming_her()
    {
        var form = SampleForms.Woman(SampleForms.OtherRuralVillage);
        await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        var again = SampleForms.Woman(SampleForms.RuralVillage, idNumber: form.ResidentIdNumber);
        var ex = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => registry.WomenAs(TestTokens.VillageStaff).CreateWomanAsync(SampleForms.Create(again)).ResponseAsync);
        Assert.Contains("outside your area", ex.Status.Detail);
        Assert.DoesNotContain(SampleForms.OtherRuralVillage, ex.Status.Detail);
        Assert.Empty(ex.GetRpcStatus()!.GetDetail<Google.Rpc.ResourceInfo>()!.ResourceName); // not her id

        // Not a way to test numbers: a caller gets only so many such answers a day, each audited.
        var prober = TestTokens.For("civil-affairs", "village-staff", SampleForms.RuralVillage, "试号");
        var refusals = new List<StatusCode>();
        for (var i = 0; i < RegistryFactory.DuplicateProbesPerDay + 1; i++)
        {
            refusals.Add((await Assert.ThrowsAsync<RpcException>(() => registry.WomenAs(prober).CreateWomanAsync(SampleForms.Create(again)).ResponseAsync)).StatusCode);
        }
        Assert.Equal(StatusCode.AlreadyExists, refusals[0]);
        Assert.Equal(StatusCode.ResourceExhausted, refusals[^1]);
    }
}
