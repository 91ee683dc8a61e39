using Suite.Contracts.Community.V1;
using static Suite.FamilyEducation.FunctionalTests.FamilyEducationSuite;
using Activity = Suite.Contracts.FamilyEducation.V1.Activity;
using ActivityKind = Suite.Contracts.FamilyEducation.V1.ActivityKind;
using CreateActivityRequest = Suite.Contracts.FamilyEducation.V1.CreateActivityRequest;
using GetActivityRequest = Suite.Contracts.FamilyEducation.V1.GetActivityRequest;
using ListActivitiesRequest = Suite.Contracts.FamilyEducation.V1.ListActivitiesRequest;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>Venues as copies of places of Community's register: recorded there, named by activities, kept current.</summary>
public sealed class PlaceRegisterTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    private static CreateVenueRequest NewVenue(string name, string area = SampleForms.Township) => new()
    {
        RequestId = Guid.NewGuid().ToString("N"), Venue = new Venue { Name = name, Kind = VenueKind.GuidanceStation, AreaCode = area, Keeper = "周红" },
    };

    private async Task<List<Venue>> VenuesAsync(string token) => [.. (await suite.Activities(token).ListVenuesAsync(new ListVenuesRequest { PageSize = 500 })).Venues];

    private async Task<List<Suite.Contracts.Community.V1.Place>> PlacesNamedAsync(string name) =>
        [.. (await suite.Places(FederationCounty).ListPlacesAsync(new ListPlacesRequest { PageSize = 500 })).Places.Where(p => p.Name == name)];

    [Fact]
    public async Task CreateVenue_records_the_place_in_Communitys_register_and_keeps_its_copy_once()
    {
        var request = NewVenue("林口镇家庭教育指导站");
        var venue = await suite.Activities().CreateVenueAsync(request);

        Assert.True(venue.PlaceId > 0);
        var place = await suite.Places().GetPlaceAsync(new GetPlaceRequest { Id = venue.PlaceId });
        Assert.Equal(("林口镇家庭教育指导站", PlaceKind.GuidanceStation, SampleForms.Township, "周红", true), (place.Name, place.Kind, place.AreaCode, place.Keeper, place.Active));
        Assert.Equal(venue, await suite.Activities().CreateVenueAsync(request));
        Assert.Single(await PlacesNamedAsync("林口镇家庭教育指导站"));
        Assert.Contains(venue, await VenuesAsync(FederationTownship));
    }

    [Fact]
    public async Task CreateVenue_is_refused_as_Community_refuses_the_caller_and_records_nothing_while_Community_is_away()
    {
        // A village's federation staff records the places of her village, not another village's.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Activities(FederationVillage).CreateVenueAsync(NewVenue("新华村妇女之家", SampleForms.OtherRuralVillage)).ResponseAsync);
        Assert.DoesNotContain(await VenuesAsync(FederationCounty), v => v.Name == "新华村妇女之家");

        var request = NewVenue("林口镇线上家长学校");
        suite.CommunityUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => suite.Activities().CreateVenueAsync(request).ResponseAsync);
        }
        finally
        {
            suite.CommunityUp = true;
        }
        Assert.DoesNotContain(await VenuesAsync(FederationCounty), v => v.Name == "林口镇线上家长学校");
        Assert.True((await suite.Activities().CreateVenueAsync(request)).PlaceId > 0);
    }

    [Fact]
    public async Task An_activity_names_a_place_recorded_in_Community_and_Family_education_keeps_it_as_a_venue()
    {
        var place = await suite.Places().CreatePlaceAsync(new CreatePlaceRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Place = new Suite.Contracts.Community.V1.Place { Name = "东升村幸福之家", Kind = PlaceKind.HappinessHome, AreaCode = SampleForms.RuralVillage, Keeper = "李春华", Phone = "13900000000" },
        });
        Activity NewActivity(long placeId) => new() { PlaceId = placeId, Kind = ActivityKind.ParentChild, Date = Today, Topic = "亲子共读", Speaker = "县图书馆", Capacity = 20 };

        var first = await suite.Activities().CreateActivityAsync(new CreateActivityRequest { RequestId = Guid.NewGuid().ToString("N"), Activity = NewActivity(place.Id) });
        var second = await suite.Activities().CreateActivityAsync(new CreateActivityRequest { RequestId = Guid.NewGuid().ToString("N"), Activity = NewActivity(place.Id) });

        Assert.Equal((place.Id, SampleForms.RuralVillage), (first.PlaceId, first.AreaCode));
        Assert.Equal(first.VenueId, second.VenueId);
        var venue = Assert.Single(await VenuesAsync(FederationTownship), v => v.PlaceId == place.Id);
        Assert.Equal((first.VenueId, "东升村幸福之家", VenueKind.HappinessHome, "李春华"), (venue.Id, venue.Name, venue.Kind, venue.Keeper));
        Assert.Equal(place.Id, (await suite.Activities().GetActivityAsync(new GetActivityRequest { Id = first.Id })).PlaceId);
        // venue_id keeps working, and says its place too.
        var byVenue = await suite.Activities().CreateActivityAsync(new CreateActivityRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Activity = new Activity { VenueId = venue.Id, Kind = ActivityKind.Lecture, Date = Today, Topic = "安全教育", Speaker = "派出所", Capacity = 30 },
        });
        Assert.Equal((venue.Id, place.Id), (byVenue.VenueId, byVenue.PlaceId));
    }

    [Fact]
    public async Task An_activity_naming_a_place_is_refused_for_both_ids_an_unknown_place_and_a_place_of_another_township()
    {
        var venue = await suite.VenueAsync();
        Activity Named(long venueId, long placeId) => new() { VenueId = venueId, PlaceId = placeId, Kind = ActivityKind.Lecture, Date = Today, Topic = "安全教育", Speaker = "派出所", Capacity = 30 };

        await RpcAssert.InvalidFields(() => suite.Activities().CreateActivityAsync(new CreateActivityRequest { RequestId = "a", Activity = Named(venue.Id, venue.PlaceId) }).ResponseAsync, "activity.place_id");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Activities().CreateActivityAsync(new CreateActivityRequest { RequestId = Guid.NewGuid().ToString("N"), Activity = Named(0, 999_999) }).ResponseAsync);
        var elsewhere = await suite.Places(FederationCounty).CreatePlaceAsync(new CreatePlaceRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Place = new Suite.Contracts.Community.V1.Place { Name = "古城镇妇女之家", Kind = PlaceKind.WomensHome, AreaCode = "231025101", Keeper = "赵" },
        });
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Activities().CreateActivityAsync(new CreateActivityRequest { RequestId = Guid.NewGuid().ToString("N"), Activity = Named(0, elsewhere.Id) }).ResponseAsync);
        Assert.DoesNotContain(await VenuesAsync(FederationCounty), v => v.PlaceId == elsewhere.Id);
    }

    [Fact]
    public async Task PlaceChanged_reaches_the_copy_and_places_not_used_are_not_copied()
    {
        var venue = await suite.Activities().CreateVenueAsync(NewVenue("林口镇儿童之家"));
        var unused = await suite.Places().CreatePlaceAsync(new CreatePlaceRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Place = new Suite.Contracts.Community.V1.Place { Name = "林口镇心理咨询点", Kind = PlaceKind.CounsellingPoint, AreaCode = SampleForms.Township, Keeper = "吴医生" },
        });

        var place = await suite.Places().GetPlaceAsync(new GetPlaceRequest { Id = venue.PlaceId });
        place = await suite.Places().UpdatePlaceAsync(new UpdatePlaceRequest { Id = place.Id, Etag = place.Etag, Keeper = "孙丽", Active = true });
        await Eventually.Until(async () => (await VenuesAsync(FederationTownship)).FirstOrDefault(v => v.Id == venue.Id && v.Keeper == "孙丽"));
        await suite.Places().UpdatePlaceAsync(new UpdatePlaceRequest { Id = place.Id, Etag = place.Etag, Keeper = "孙丽", Active = false });
        var closed = await Eventually.Until(async () => (await VenuesAsync(FederationTownship)).FirstOrDefault(v => v.Id == venue.Id && !v.Active));

        Assert.Equal(("林口镇儿童之家", VenueKind.GuidanceStation, venue.PlaceId), (closed.Name, closed.Kind, closed.PlaceId));
        Assert.DoesNotContain(await VenuesAsync(FederationCounty), v => v.PlaceId == unused.Id);
    }
}
