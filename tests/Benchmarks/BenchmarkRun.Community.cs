using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Community.V1;

namespace Suite.Benchmarks;

/// <summary>Community's county-scale figures (6b): activity attendance and participation statistics for the imported county.</summary>
public sealed partial class BenchmarkRun
{
    private const int CommunityAttending = 10_000;
    private const int ElectionVillages = 200;

    /// <summary>
    /// A tenth of the county's women signed in at activities (sheets of 2,000) and two women candidates in a village-
    /// committee election in each of up to 200 of its villages; then GetCommunityStatistics for the county and its villages'
    /// participation (GetVillageParticipation, every page), each against a raw read of the rows it counts.
    /// </summary>
    private async Task MeasureCommunityAsync()
    {
        var county = generator.ImportCounty;
        var women = CountyWomen(county, CommunityAttending);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var places = new PlaceService.PlaceServiceClient(suite.Channel(ResourceNames.Community, _admin));
        var place = await Call(places.CreatePlaceAsync(new CreatePlaceRequest
        {
            RequestId = "bench-place", Place = new Place { Name = "县综合文化服务中心", Kind = PlaceKind.CultureGround, AreaCode = women[0].Village[..9], Keeper = "基准" },
        }));
        var activities = new CommunityActivityService.CommunityActivityServiceClient(suite.Channel(ResourceNames.Community, _admin));
        var recorded = 0;
        for (var sheet = 0; sheet * SheetRows < women.Count; sheet++)
        {
            var activity = await Call(activities.CreateActivityAsync(new CreateActivityRequest
            {
                RequestId = $"bench-community-{sheet}",
                Activity = new Activity { PlaceId = place.Id, Kind = ActivityKind.AntiFraud, Date = Date.From(today), Topic = "防范电信网络诈骗", Organiser = "县妇联", Capacity = SheetRows },
            }));
            using var call = activities.ImportSignInSheet();
            foreach (var (w, row) in women.Skip(sheet * SheetRows).Take(SheetRows).Select((w, i) => (w, i + 1)))
            {
                await call.RequestStream.WriteAsync(new SignInRow { ActivityId = activity.Id, RowNumber = row, WomanId = w.Id, Name = w.Name });
            }
            await call.RequestStream.CompleteAsync();
            recorded += (await call.ResponseAsync).Recorded;
        }
        Require(recorded == women.Count, $"community sign-in sheets recorded {recorded} of {women.Count}");

        var participation = new ParticipationService.ParticipationServiceClient(suite.Channel(ResourceNames.Community, _admin));
        // Two women of each of up to 200 villages of the county (the first women by id live in a few villages only).
        var villages = RawSqlite.Pairs(suite.RegistryDatabase,
                "SELECT Id, Name || '|' || VillageCode FROM (SELECT Id, Name, VillageCode, ROW_NUMBER() OVER (PARTITION BY VillageCode ORDER BY Id) AS n "
                + $"FROM Women WHERE VillageCode LIKE '{county}%') WHERE n <= 2 ORDER BY VillageCode LIMIT {2 * ElectionVillages}")
            .Select(p => (p.Id, Name: p.Text.Split('|')[0], Village: p.Text.Split('|')[1]))
            .GroupBy(w => w.Village).Where(g => g.Count() == 2).ToList();
        await Load.RunAsync(8, villages.Count, async i =>
        {
            var village = villages[i];
            var election = await Call(participation.RecordElectionAsync(new RecordElectionRequest
            {
                RequestId = $"bench-election-{i}",
                Election = new Election { VillageCode = village.Key, Body = VillageBody.VillagersCommittee, TermStartYear = today.Year, Seats = 5, Electorate = 650, VotesCast = 600 },
            }));
            foreach (var (w, n) in village.Take(2).Select((w, n) => (w, n)))
            {
                var candidate = await Call(participation.AddCandidateAsync(new AddCandidateRequest { RequestId = $"bench-candidate-{i}-{n}", ElectionId = election.Id, WomanId = w.Id, RecommendedBy = "妇联推荐" }));
                await Call(participation.RecordResultAsync(new RecordResultRequest { CandidateId = candidate.Id, Etag = candidate.Etag, Votes = 400 - n, Elected = n == 0 }));
            }
        });

        var officer = suite.Token("womens-federation", "county-officer", county);
        var statistics = new CommunityStatisticsService.CommunityStatisticsServiceClient(suite.Channel(ResourceNames.Community, officer));
        var request = new GetCommunityStatisticsRequest { AreaCode = county, FromDate = Date.From(new DateOnly(today.Year, 1, 1)), ToDate = Date.From(today) };
        var (figures, median) = await MedianOfFiveAsync(() => Call(statistics.GetCommunityStatisticsAsync(request)));
        var (floorRows, floorTime) = RawSqlite.ReadAll(suite.CommunityDatabase, "ActivityAttendance", $"VillageCode LIKE '{county}%'");
        Require(floorRows == women.Count && figures.WomenReached == women.Count && figures.WomenElected == villages.Count,
            $"Community holds {floorRows} attendances of the county; statistics {figures}");
        report.Add(new Figure("Community", $"GetCommunityStatistics, county of {importRows:N0} women ({figures.ActivityPersonTimes:N0} attendances, {figures.WomenElected:N0} women elected), median of 5",
            median, "ms", "raw read of the county's attendance rows", floorTime.TotalMilliseconds, "≤ 1,000 ms", median <= 1_000));

        var countyParticipation = new ParticipationService.ParticipationServiceClient(suite.Channel(ResourceNames.Community, officer));
        var (pages, participationMedian) = await MedianOfFiveAsync(async () =>
        {
            var all = new List<VillageParticipation>();
            var page = new GetVillageParticipationRequest { AreaCode = county, TermStartYear = today.Year, PageSize = 500 };
            do
            {
                var answer = await Call(countyParticipation.GetVillageParticipationAsync(page));
                all.AddRange(answer.Villages);
                page.PageToken = answer.NextPageToken;
            }
            while (page.PageToken.Length > 0);
            return all;
        });
        var (candidateRows, candidateTime) = RawSqlite.ReadAll(suite.CommunityDatabase, "Candidates", $"VillageCode LIKE '{county}%'");
        Require(pages.Count == villages.Count && candidateRows == 2 * villages.Count, $"participation shows {pages.Count} villages of {villages.Count}; {candidateRows} candidate rows");
        report.Add(new Figure("Community", $"GetVillageParticipation, every village of the county ({pages.Count:N0} with an election), all pages, median of 5",
            participationMedian, "ms", "raw read of the county's candidate rows", candidateTime.TotalMilliseconds, "≤ 1,000 ms", participationMedian <= 1_000));
    }

    /// <summary>
    /// <c>--only community</c>: every woman through the import unmeasured (the county first), a wait until every service
    /// has caught up, then Community's county-scale figures (6b) alone.
    /// </summary>
    public async Task ExecuteCommunityAsync()
    {
        var machineBefore = Footprint.MachineTicks();
        Step($"Loading {women:N0} women ({importRows:N0} in the county) through the import (not measured)");
        await LoadAsync(0, women);
        await WaitForQuietAsync(catchUp: ("the import", "Community's figures were"));
        Step("6b. Community");
        await MeasureCommunityAsync();
        report.Note("Community-only run (--only community).");
        NoteSteal(machineBefore);
    }
}
