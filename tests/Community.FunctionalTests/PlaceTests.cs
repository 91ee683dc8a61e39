namespace Suite.Community.FunctionalTests;

public sealed class PlaceTests(CommunitySuite suite) : IClassFixture<CommunitySuite>
{
    [Fact]
    public async Task A_place_is_recorded_once_read_listed_by_kind_and_changed_with_its_etag()
    {
        var request = new CreatePlaceRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Place = new Place { Name = "林口镇卫生院心理咨询室", Kind = PlaceKind.CounsellingPoint, AreaCode = SampleForms.Township, Keeper = "赵敏", Host = "林口镇卫生院" },
        };
        var place = await suite.Places().CreatePlaceAsync(request);
        var again = await suite.Places().CreatePlaceAsync(request);
        Assert.Equal(place.Id, again.Id);
        Assert.True(place.Active);

        var read = await suite.Places(CommunitySuite.Counsellor).GetPlaceAsync(new GetPlaceRequest { Id = place.Id });
        Assert.Equal("林口镇卫生院", read.Host);
        var points = await suite.Places().ListPlacesAsync(new ListPlacesRequest { AreaCode = SampleForms.Township, Kind = PlaceKind.CounsellingPoint, PageSize = 500 });
        Assert.Contains(points.Places, p => p.Id == place.Id);
        Assert.All(points.Places, p => Assert.Equal(PlaceKind.CounsellingPoint, p.Kind));

        var changed = await suite.Places().UpdatePlaceAsync(new UpdatePlaceRequest { Id = place.Id, Etag = read.Etag, Keeper = "钱芳", OpeningHours = "每周三 9:00-12:00", Active = true });
        Assert.Equal("钱芳", changed.Keeper);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => suite.Places().UpdatePlaceAsync(new UpdatePlaceRequest { Id = place.Id, Etag = read.Etag, Keeper = "孙丽", Active = false }).ResponseAsync);
    }

    [Fact]
    public async Task A_place_with_bad_fields_is_refused_by_field_and_nothing_is_recorded()
    {
        var request = new CreatePlaceRequest { RequestId = Guid.NewGuid().ToString("N"), Place = new Place { Name = "", Kind = PlaceKind.Unspecified, AreaCode = "23", Keeper = "" } };
        await RpcAssert.InvalidFields(() => suite.Places().CreatePlaceAsync(request).ResponseAsync, "place.name", "place.kind", "place.area_code", "place.keeper");
        var places = await suite.Places(TestTokens.Admin).ListPlacesAsync(new ListPlacesRequest { PageSize = 500 });
        Assert.DoesNotContain(places.Places, p => p.AreaCode == "23");
    }

    [Fact]
    public async Task A_place_outside_the_callers_area_is_not_found_and_cannot_be_recorded()
    {
        var other = await suite.PlaceAsync(area: "231085100", token: TestTokens.Admin, name: "穆棱镇妇女之家");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Places().GetPlaceAsync(new GetPlaceRequest { Id = other.Id }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.PlaceAsync(area: "231085100"));
    }

    [Fact]
    public async Task The_county_leader_reads_places_but_cannot_record_one()
    {
        var place = await suite.PlaceAsync();
        var read = await suite.Places(CommunitySuite.CountyLeader).GetPlaceAsync(new GetPlaceRequest { Id = place.Id });
        Assert.Equal(place.Name, read.Name);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.PlaceAsync(token: CommunitySuite.CountyLeader));
    }
}
