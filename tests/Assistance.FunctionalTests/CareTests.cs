namespace Suite.Assistance.FunctionalTests;

/// <summary>"Caring mothers" pairing; the visits, by staff or the volunteer, are the Registry's village visits (VisitTests there).</summary>
public sealed class CareTests(TwoServices suite) : IClassFixture<TwoServices>
{
    private CareService.CareServiceClient Care => new(suite.Assistance.ChannelFor(TestTokens.CountyOfficer));

    [Fact]
    public async Task A_woman_is_paired_once_at_a_time()
    {
        var woman = await suite.Women.CreateWomanAsync(SampleForms.Create());
        var pairing = await Care.CreatePairingAsync(new CreatePairingRequest { WomanId = woman.Id, VolunteerName = "刘爱心", VolunteerOrganisation = "县女企业家协会" });
        Assert.True(pairing.Active);
        var again = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Care.CreatePairingAsync(new CreatePairingRequest { WomanId = woman.Id, VolunteerName = "另一位" }).ResponseAsync);
        Assert.Contains(pairing.Id.ToString(), again.Status.Detail);

        var ended = await Care.EndPairingAsync(new EndPairingRequest { Id = pairing.Id });
        Assert.False(ended.Active);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Care.EndPairingAsync(new EndPairingRequest { Id = pairing.Id }).ResponseAsync);
        Assert.True((await Care.CreatePairingAsync(new CreatePairingRequest { WomanId = woman.Id, VolunteerName = "新的爱心妈妈" })).Active);
    }

    [Fact]
    public async Task Invalid_pairings_name_the_fields_and_other_areas_stay_hidden()
    {
        await RpcAssert.InvalidFields(() => Care.CreatePairingAsync(new CreatePairingRequest()).ResponseAsync, "woman_id", "volunteer_name");
        var elsewhere = await suite.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherCountyVillage)));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Care.CreatePairingAsync(new CreatePairingRequest { WomanId = elsewhere.Id, VolunteerName = "x" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Care.EndPairingAsync(new EndPairingRequest { Id = 424242 }).ResponseAsync);
    }
}
