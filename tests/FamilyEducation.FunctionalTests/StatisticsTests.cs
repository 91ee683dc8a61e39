using static Suite.FamilyEducation.FunctionalTests.FamilyEducationSuite;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.FamilyEducation.FunctionalTests;

public sealed class StatisticsTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    [Fact]
    public async Task Statistics_count_activities_person_times_households_sessions_concerns_and_coverage()
    {
        var (a, b, c) = (await suite.RegisterAsync(name: "王秀英"), await suite.RegisterAsync(name: "李桂香"), await suite.RegisterAsync(name: "陈淑芬"));
        var activity = await suite.ActivityAsync(new Date { Year = 2026, Month = 11, Day = 10 });
        await suite.SignInAsync(activity.Id, [(a.Id, a.Name), (b.Id, b.Name)]);
        await suite.Activities().RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = activity.Id, Count = 7 });
        await suite.ActivityAsync(new Date { Year = 2026, Month = 10, Day = 1 }); // outside the period
        await suite.SessionAsync(await suite.PairAsync(b.Id), new Date { Year = 2026, Month = 11, Day = 12 }, new Date { Year = 2026, Month = 12, Day = 12 });
        var concern = await suite.Guidance().RaiseConcernAsync(new RaiseConcernRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), WomanId = c.Id, Kind = ConcernKind.SchoolDropout, Severity = Severity.Attention, Narrative = "初二辍学在家",
        });
        await suite.Guidance().CloseConcernAsync(new CloseConcernRequest { Id = concern.Id, Etag = concern.Etag, Resolution = "已劝返复学" });
        await suite.HouseholdAsync(c.Id);

        var stats = await suite.Guidance(FederationCounty).GetFamilyEducationStatisticsAsync(new GetFamilyEducationStatisticsRequest
        {
            AreaCode = SampleForms.County, FromDate = new Date { Year = 2026, Month = 11, Day = 1 }, ToDate = new Date { Year = 2026, Month = 11, Day = 30 },
        });
        var parentClasses = Assert.Single(stats.ByKind);
        Assert.Equal(("ACTIVITY_KIND_PARENT_CLASS", 1, 9), (parentClasses.Kind, parentClasses.Activities, parentClasses.PersonTimes));
        // One concern about a child in a county is a count small enough to name a family: withheld from a caller without
        // sensitive.read, exact for one with it.
        Assert.Equal((2, 1, 0, 0), (stats.HouseholdsReached, stats.GuidanceSessions, stats.ConcernsRaised, stats.ConcernsClosed));
        Assert.Equal(["concerns_raised", "concerns_closed"], stats.Suppressed);
        var exact = await suite.Guidance(TestTokens.Admin).GetFamilyEducationStatisticsAsync(new GetFamilyEducationStatisticsRequest
        {
            AreaCode = SampleForms.County, FromDate = new Date { Year = 2026, Month = 11, Day = 1 }, ToDate = new Date { Year = 2026, Month = 11, Day = 30 },
        });
        Assert.Equal((1, 1), (exact.ConcernsRaised, exact.ConcernsClosed));
        Assert.Empty(exact.Suppressed);
        // Each sample woman has one child born in 2016: three households, two reached in November.
        Assert.Equal((3, 2), (stats.HouseholdsWithMinorChildren, stats.MinorHouseholdsReached));

        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Guidance(FederationVillage).GetFamilyEducationStatisticsAsync(new GetFamilyEducationStatisticsRequest()).ResponseAsync);
        await RpcAssert.InvalidFields(() => suite.Guidance().GetFamilyEducationStatisticsAsync(new GetFamilyEducationStatisticsRequest { FromDate = new Date { Year = 2026, Month = 2, Day = 30 } }).ResponseAsync, "from_date");
    }
}
