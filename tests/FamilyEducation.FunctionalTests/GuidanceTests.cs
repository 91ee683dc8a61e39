using static Suite.FamilyEducation.FunctionalTests.FamilyEducationSuite;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>One-to-one guidance: pairing, sessions, the overdue list.</summary>
public sealed class GuidanceTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    [Fact]
    public async Task A_guide_is_paired_once_records_sessions_and_an_overdue_pairing_is_listed()
    {
        var woman = await suite.RegisterAsync();
        var request = new CreatePairingRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), WomanId = woman.Id, GuideName = "刘慧", GuideKind = GuideKind.Agency, Organisation = "林口县心理咨询中心", FirstSessionDate = Today,
        };
        var pairing = await suite.Guidance().CreatePairingAsync(request);
        Assert.Equal(pairing, await suite.Guidance().CreatePairingAsync(request));
        Assert.Equal(SampleForms.RuralVillage, pairing.VillageCode);

        var next = new Date { Year = 2026, Month = 12, Day = 6 };
        var guided = await suite.SessionAsync(pairing, Today, next);
        Assert.Equal(next, guided.NextSessionDate);
        var session = Assert.Single(guided.Sessions);
        Assert.Equal([Topic.StudyHabits, Topic.Safety], session.Topics);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => suite.SessionAsync(pairing, Today, next));
        Assert.Equal(guided, await suite.Guidance(EducationCounty).GetPairingAsync(new GetPairingRequest { Id = pairing.Id }));
        var otherVillage = TestTokens.For("womens-federation", "village-staff", SampleForms.OtherRuralVillage, "别村专干");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Guidance(otherVillage).GetPairingAsync(new GetPairingRequest { Id = pairing.Id }).ResponseAsync);

        Assert.DoesNotContain((await suite.Guidance(FederationVillage).ListOverdueGuidanceAsync(new ListOverdueGuidanceRequest())).Pairings, p => p.Id == pairing.Id);
        suite.Clock.Advance(TimeSpan.FromDays(20));
        try
        {
            var overdue = await suite.Guidance(FederationVillage).ListOverdueGuidanceAsync(new ListOverdueGuidanceRequest());
            Assert.Equal(guided.Etag, Assert.Single(overdue.Pairings, p => p.Id == pairing.Id).Etag);
            Assert.DoesNotContain((await suite.Guidance(otherVillage).ListOverdueGuidanceAsync(new ListOverdueGuidanceRequest())).Pairings, p => p.Id == pairing.Id);
        }
        finally
        {
            suite.Clock.Advance(TimeSpan.FromDays(-20));
        }
    }

    [Fact]
    public async Task Bad_pairings_and_sessions_name_their_fields_and_change_nothing()
    {
        var woman = await suite.RegisterAsync();
        await RpcAssert.InvalidFields(() => suite.Guidance().CreatePairingAsync(new CreatePairingRequest
        {
            RequestId = "p", WomanId = woman.Id, GuideName = "", GuideKind = GuideKind.Unspecified, FirstSessionDate = new Date { Year = 2026, Month = 11, Day = 1 },
        }).ResponseAsync, "guide_name", "guide_kind", "first_session_date");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.PairAsync(999_999));
        var other = await suite.RegisterAsync("231025101201");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.PairAsync(other.Id)); // not in her township

        var pairing = await suite.PairAsync(woman.Id);
        await RpcAssert.InvalidFields(() => suite.Guidance().RecordSessionAsync(new RecordSessionRequest
        {
            PairingId = pairing.Id, Etag = pairing.Etag, NextSessionDate = new Date { Year = 2026, Month = 11, Day = 1 },
            Session = new GuidanceSession { Date = Today, Form = SessionForm.Unspecified, Topics = { Topic.Unspecified } },
        }).ResponseAsync, "session.form", "session.topics", "next_session_date");
        await RpcAssert.InvalidFields(() => suite.Guidance().RecordSessionAsync(new RecordSessionRequest { PairingId = pairing.Id, Etag = pairing.Etag }).ResponseAsync, "session", "next_session_date");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.SessionAsync(new GuidancePairing { Id = 999_999, Etag = "1" }, Today, new Date { Year = 2026, Month = 12, Day = 1 }));
        // The refused sessions left nothing: the etag is as created and the next session is the first.
        Assert.Single((await suite.SessionAsync(pairing, Today, new Date { Year = 2026, Month = 12, Day = 1 })).Sessions);
    }

    [Fact]
    public async Task Registry_down_means_no_pairing_and_UNAVAILABLE()
    {
        var woman = await suite.RegisterAsync();
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => suite.PairAsync(woman.Id));
        }
        finally
        {
            suite.RegistryUp = true;
        }
        suite.Clock.Advance(TimeSpan.FromDays(40));
        try
        {
            Assert.DoesNotContain((await suite.Guidance().ListOverdueGuidanceAsync(new ListOverdueGuidanceRequest())).Pairings, p => p.WomanId == woman.Id);
        }
        finally
        {
            suite.Clock.Advance(TimeSpan.FromDays(-40));
        }
    }
}
