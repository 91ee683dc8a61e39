using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>A list with more rows than a page says so and gives the rest page by page (no list stops at a fixed number).</summary>
public sealed class PagingTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    [Fact]
    public async Task Activities_and_venues_page_through_every_row_once()
    {
        const string village = "231025100204"; // 胜利村: this test's own
        var venue = await suite.VenueAsync(village);
        var created = new List<long>();
        for (var day = 1; day <= 5; day++)
        {
            created.Add((await suite.Activities().CreateActivityAsync(new CreateActivityRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Activity = new Activity { VenueId = venue.Id, Kind = ActivityKind.ParentClass, Date = new Date { Year = 2026, Month = 11, Day = day % 3 + 1 }, Topic = "家长课堂", Speaker = "李老师", Capacity = 30 },
            })).Id);
        }
        var seen = new List<Activity>();
        var request = new ListActivitiesRequest { AreaCode = village, FromDate = new Date { Year = 2026, Month = 11, Day = 1 }, ToDate = new Date { Year = 2026, Month = 11, Day = 30 }, PageSize = 2 };
        do
        {
            var page = await suite.Activities().ListActivitiesAsync(request);
            Assert.True(page.Activities.Count <= 2);
            seen.AddRange(page.Activities);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        Assert.Equal(created.Order(), seen.Select(a => a.Id).Order());
        Assert.Equal(seen.OrderByDescending(a => a.Date.ToDateOnly()).ThenByDescending(a => a.Id).Select(a => a.Id), seen.Select(a => a.Id));

        var another = await suite.Activities().ListActivitiesAsync(new ListActivitiesRequest { AreaCode = village, PageSize = 2 });
        await RpcAssert.InvalidFields(() => suite.Activities().ListActivitiesAsync(new ListActivitiesRequest { AreaCode = SampleForms.Township, PageToken = another.NextPageToken }).ResponseAsync, "page_token");
    }
}
