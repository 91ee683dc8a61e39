using static Suite.FamilyEducation.FunctionalTests.FamilyEducationSuite;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>Venues and activities: each RPC's success and its refusals.</summary>
public sealed class ActivityTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    [Fact]
    public async Task A_venue_is_recorded_once_per_request_and_listed_in_its_area()
    {
        var request = new CreateVenueRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Venue = new Venue { Name = "东升村儿童之家", Kind = VenueKind.ChildrensHome, AreaCode = SampleForms.RuralVillage, Keeper = "孙丽" },
        };
        var venue = await suite.Activities().CreateVenueAsync(request);
        Assert.Equal(venue, await suite.Activities().CreateVenueAsync(request));
        Assert.True(venue.Active);
        Assert.Contains(venue, (await suite.Activities(FederationVillage).ListVenuesAsync(new ListVenuesRequest())).Venues);
        Assert.DoesNotContain(venue, (await suite.Activities(FederationCounty).ListVenuesAsync(new ListVenuesRequest { AreaCode = "231025101" })).Venues);
    }

    [Fact]
    public async Task A_bad_venue_names_its_fields_and_one_outside_the_area_is_refused()
    {
        await RpcAssert.InvalidFields(() => suite.Activities().CreateVenueAsync(new CreateVenueRequest
        {
            RequestId = "v", Venue = new Venue { Name = "", Kind = VenueKind.Unspecified, AreaCode = "2310", Keeper = "" },
        }).ResponseAsync, "venue.name", "venue.kind", "venue.area_code", "venue.keeper");
        await RpcAssert.InvalidFields(() => suite.Activities().CreateVenueAsync(new CreateVenueRequest()).ResponseAsync, "request_id", "venue");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Activities().CreateVenueAsync(new CreateVenueRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Venue = new Venue { Name = "别处家长学校", Kind = VenueKind.ParentSchool, AreaCode = "231025101", Keeper = "赵" },
        }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Activities().ListVenuesAsync(new ListVenuesRequest { AreaCode = SampleForms.OtherCounty }).ResponseAsync);
    }

    [Fact]
    public async Task An_activity_is_recorded_at_a_venue_got_listed_and_counts_other_participants()
    {
        var activity = await suite.ActivityAsync(new Date { Year = 2026, Month = 11, Day = 20 });
        Assert.Equal(SampleForms.Township, activity.AreaCode);
        Assert.Equal(0, activity.RegisteredAttendance);
        Assert.Equal(activity, await suite.Activities(EducationCounty).GetActivityAsync(new GetActivityRequest { Id = activity.Id }));

        var listed = await suite.Activities().ListActivitiesAsync(new ListActivitiesRequest { FromDate = new Date { Year = 2026, Month = 11, Day = 20 }, ToDate = Today });
        Assert.Contains(listed.Activities, a => a.Id == activity.Id);
        var before = await suite.Activities().ListActivitiesAsync(new ListActivitiesRequest { ToDate = new Date { Year = 2026, Month = 11, Day = 19 } });
        Assert.DoesNotContain(before.Activities, a => a.Id == activity.Id);

        var counted = await suite.Activities().RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = activity.Id, Count = 12 });
        Assert.Equal(12, counted.OtherParticipants);
        await RpcAssert.InvalidFields(() => suite.Activities().RecordOtherParticipantsAsync(new RecordOtherParticipantsRequest { ActivityId = activity.Id, Count = -1 }).ResponseAsync, "count");
        Assert.Equal(12, (await suite.Activities().GetActivityAsync(new GetActivityRequest { Id = activity.Id })).OtherParticipants);
    }

    [Fact]
    public async Task A_bad_activity_names_its_fields_and_an_unknown_one_is_not_found()
    {
        var venue = await suite.VenueAsync();
        await RpcAssert.InvalidFields(() => suite.Activities().CreateActivityAsync(new CreateActivityRequest
        {
            RequestId = "a",
            Activity = new Activity { VenueId = venue.Id, Kind = ActivityKind.Unspecified, Date = new Date { Year = 2026, Month = 12, Day = 1 }, Topic = "", Speaker = "讲师", Capacity = 0 },
        }).ResponseAsync, "activity.kind", "activity.date", "activity.topic", "activity.capacity");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Activities().CreateActivityAsync(new CreateActivityRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Activity = new Activity { VenueId = 999_999, Kind = ActivityKind.Lecture, Date = Today, Topic = "安全教育", Speaker = "派出所", Capacity = 30 },
        }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Activities().GetActivityAsync(new GetActivityRequest { Id = 999_999 }).ResponseAsync);
        await RpcAssert.InvalidFields(() => suite.Activities().ListActivitiesAsync(new ListActivitiesRequest { FromDate = Today, ToDate = new Date { Year = 2026, Month = 1, Day = 1 } }).ResponseAsync, "to_date");

        // Another township's officer does not see this township's activity.
        var activity = await suite.ActivityAsync();
        var other = TestTokens.For("womens-federation", "township-officer", "231025101", "另一镇妇联主席");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Activities(other).GetActivityAsync(new GetActivityRequest { Id = activity.Id }).ResponseAsync);
    }
}
