using Suite.Contracts.Common.V1;
using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

public sealed class MediationTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private static readonly Date Yesterday = new() { Year = 2026, Month = 11, Day = 21 };

    private async Task<Mediation> OpenAsync() => await suite.Mediation(JusticeTownship).OpenMediationAsync(new OpenMediationRequest
    {
        RequestId = Guid.NewGuid().ToString("N"), MatterId = (await suite.MatterAsync((await suite.RegisterAsync()).Id)).Id, Committee = "林口镇人民调解委员会", Mediator = "赵调解员",
    });

    [Fact]
    public async Task A_mediation_records_its_sessions_and_closes_with_an_agreement_and_a_follow_up()
    {
        var mediation = await OpenAsync();
        var client = suite.Mediation(JusticeTownship);
        mediation = await client.RecordMediationSessionAsync(new RecordMediationSessionRequest { Id = mediation.Id, Etag = mediation.Etag, Session = new MediationSession { Date = Yesterday, Note = "双方陈述" } });
        mediation = await client.CloseMediationAsync(new CloseMediationRequest
        {
            Id = mediation.Id, Etag = mediation.Etag, Agreement = Agreement.Reached, FollowUpDate = new Date { Year = 2026, Month = 12, Day = 22 },
        });
        Assert.Equal((Agreement.Reached, 1), (mediation.Agreement, mediation.Sessions.Count));
        Assert.NotNull(mediation.ClosedAt);
        Assert.Equal(mediation.Id, (await client.GetMediationAsync(new GetMediationRequest { Id = mediation.Id })).Id);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => client.RecordMediationSessionAsync(new RecordMediationSessionRequest
        {
            Id = mediation.Id, Etag = mediation.Etag, Session = new MediationSession { Date = Yesterday, Note = "x" },
        }).ResponseAsync);
    }

    [Fact]
    public async Task A_failed_mediation_names_its_next_step_and_a_mediation_without_sessions_cannot_close()
    {
        var mediation = await OpenAsync();
        var client = suite.Mediation(JusticeTownship);
        var close = new CloseMediationRequest { Id = mediation.Id, Etag = mediation.Etag, Agreement = Agreement.NotReached, NextStep = NextStep.Police, FollowUpDate = new Date { Year = 2026, Month = 11, Day = 30 } };
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => client.CloseMediationAsync(close).ResponseAsync);
        mediation = await client.RecordMediationSessionAsync(new RecordMediationSessionRequest { Id = mediation.Id, Etag = mediation.Etag, Session = new MediationSession { Date = Yesterday, Note = "未达成" } });
        close.Etag = mediation.Etag;
        mediation = await client.CloseMediationAsync(close);
        Assert.Equal((Agreement.NotReached, NextStep.Police), (mediation.Agreement, mediation.NextStep));
    }

    [Fact]
    public async Task Bad_input_and_unknown_ids_are_refused()
    {
        var client = suite.Mediation(JusticeTownship);
        await RpcAssert.InvalidFields(() => client.OpenMediationAsync(new OpenMediationRequest()).ResponseAsync, "request_id", "matter_id", "committee", "mediator");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => client.OpenMediationAsync(new OpenMediationRequest { RequestId = "m-x", MatterId = 999999, Committee = "c", Mediator = "m" }).ResponseAsync);
        var mediation = await OpenAsync();
        await RpcAssert.InvalidFields(() => client.CloseMediationAsync(new CloseMediationRequest
        {
            Id = mediation.Id, Etag = mediation.Etag, Agreement = Agreement.Reached, NextStep = NextStep.LegalAid, FollowUpDate = Yesterday,
        }).ResponseAsync, "follow_up_date", "next_step");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => client.GetMediationAsync(new GetMediationRequest { Id = 999999 }).ResponseAsync);
    }
}
