using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Assistance.FunctionalTests;

public sealed class CareTests(TwoServices suite) : IClassFixture<TwoServices>
{
    private CareService.CareServiceClient Care => new(suite.Assistance.ChannelFor(TestTokens.CountyOfficer));

    [Fact]
    public async Task A_woman_is_paired_once_and_her_visits_are_logged()
    {
        var woman = await suite.Women.CreateWomanAsync(SampleForms.Create());
        var pairing = await Care.CreatePairingAsync(new CreatePairingRequest { WomanId = woman.Id, VolunteerName = "刘爱心", VolunteerOrganisation = "县女企业家协会" });
        Assert.True(pairing.Active);
        var again = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Care.CreatePairingAsync(new CreatePairingRequest { WomanId = woman.Id, VolunteerName = "另一位" }).ResponseAsync);
        Assert.Contains(pairing.Id.ToString(), again.Status.Detail);

        await Care.RecordVisitAsync(new RecordVisitRequest { Visit = new Visit
        {
            WomanId = woman.Id, Visitor = "李春华", Date = new Date { Year = 2026, Month = 11, Day = 1 }, Method = VisitMethod.Home, Notes = "孩子上学正常",
            NextVisitDate = new Date { Year = 2026, Month = 12, Day = 1 },
        } });
        var volunteer = await Care.RecordVisitAsync(new RecordVisitRequest { Visit = new Visit
        {
            WomanId = woman.Id, PairingId = pairing.Id, Visitor = "刘爱心", Date = new Date { Year = 2026, Month = 11, Day = 20 }, Method = VisitMethod.Phone,
        } });
        var visits = await Care.ListVisitsAsync(new ListVisitsRequest { WomanId = woman.Id });
        Assert.Equal([volunteer.Id, visits.Visits[1].Id], visits.Visits.Select(v => v.Id));
        Assert.Equal(pairing.Id, visits.Visits[0].PairingId);

        var ended = await Care.EndPairingAsync(new EndPairingRequest { Id = pairing.Id });
        Assert.False(ended.Active);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Care.EndPairingAsync(new EndPairingRequest { Id = pairing.Id }).ResponseAsync);
        Assert.True((await Care.CreatePairingAsync(new CreatePairingRequest { WomanId = woman.Id, VolunteerName = "新的爱心妈妈" })).Active);
    }

    [Fact]
    public async Task Invalid_visits_name_the_fields_and_other_areas_stay_hidden()
    {
        var woman = await suite.Women.CreateWomanAsync(SampleForms.Create());
        await RpcAssert.InvalidFields(() => Care.RecordVisitAsync(new RecordVisitRequest { Visit = new Visit
        {
            WomanId = woman.Id, Date = new Date { Year = 2030, Month = 1, Day = 1 }, NextVisitDate = new Date { Year = 2029, Month = 1, Day = 1 },
        } }).ResponseAsync, "visit.visitor", "visit.date", "visit.method", "visit.next_visit_date");
        await RpcAssert.InvalidFields(() => Care.RecordVisitAsync(new RecordVisitRequest { Visit = new Visit
        {
            WomanId = woman.Id, PairingId = 424242, Visitor = "x", Date = new Date { Year = 2026, Month = 11, Day = 1 }, Method = VisitMethod.Phone,
        } }).ResponseAsync, "visit.pairing_id");

        var elsewhere = await suite.Women.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherCountyVillage)));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Care.CreatePairingAsync(new CreatePairingRequest { WomanId = elsewhere.Id, VolunteerName = "x" }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Care.EndPairingAsync(new EndPairingRequest { Id = 424242 }).ResponseAsync);
    }
}
