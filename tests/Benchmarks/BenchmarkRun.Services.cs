using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Employment.V1;
using Suite.Contracts.FamilyEducation.V1;

namespace Suite.Benchmarks;

/// <summary>The department services' county-scale queries: Family education's coverage (6) and Employment's matching (7).</summary>
public sealed partial class BenchmarkRun
{
    private const int SheetRows = 2_000;
    private const int Attending = 10_000;
    private const int Guided = 1_000;
    private const int JobSeekers = 10_000;

    /// <summary>
    /// GetCoverage for the imported county in the current quarter, after a tenth of its women signed in at parent
    /// classes and a thousand were guided, against a raw read of the county's household rows.
    /// </summary>
    private async Task MeasureFamilyEducationCoverageAsync()
    {
        var county = generator.ImportCounty;
        var women = CountyWomen(county, Attending);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var activities = new ActivityService.ActivityServiceClient(suite.Channel(ResourceNames.FamilyEducation, _admin));
        var venue = await Call(activities.CreateVenueAsync(new CreateVenueRequest
        {
            RequestId = "bench-venue", Venue = new Venue { Name = "县家长学校", Kind = VenueKind.ParentSchool, AreaCode = women[0].Village[..9], Keeper = "基准" },
        }));
        var recorded = 0;
        for (var sheet = 0; sheet * SheetRows < women.Count; sheet++)
        {
            var activity = await Call(activities.CreateActivityAsync(new CreateActivityRequest
            {
                RequestId = $"bench-class-{sheet}",
                Activity = new Activity { VenueId = venue.Id, Kind = ActivityKind.ParentClass, Date = Date.From(today), Topic = "家庭教育", Speaker = "讲师团", Capacity = SheetRows },
            }));
            using var call = activities.ImportSignInSheet();
            foreach (var (w, row) in women.Skip(sheet * SheetRows).Take(SheetRows).Select((w, i) => (w, i + 1)))
            {
                await call.RequestStream.WriteAsync(new SignInRow { ActivityId = activity.Id, RowNumber = row, WomanId = w.Id, Name = w.Name });
            }
            await call.RequestStream.CompleteAsync();
            recorded += (await call.ResponseAsync).Recorded;
        }
        Require(recorded == women.Count, $"sign-in sheets recorded {recorded} of {women.Count}");
        var guidance = new GuidanceService.GuidanceServiceClient(suite.Channel(ResourceNames.FamilyEducation, _admin));
        await Load.RunAsync(8, Guided, async i =>
        {
            var pairing = await Call(guidance.CreatePairingAsync(new CreatePairingRequest
            {
                RequestId = $"bench-pairing-{i}", WomanId = _countyWomanIds[^(i + 1)], GuideName = "志愿者", GuideKind = GuideKind.Volunteer, FirstSessionDate = Date.From(today),
            }));
            await Call(guidance.RecordSessionAsync(new RecordSessionRequest
            {
                PairingId = pairing.Id, Etag = pairing.Etag, NextSessionDate = Date.From(today.AddDays(30)),
                Session = new GuidanceSession { Date = Date.From(today), Form = SessionForm.HomeVisit, Topics = { Topic.StudyHabits } },
            }));
        });

        var officer = suite.Token("womens-federation", "county-officer", county);
        var client = new GuidanceService.GuidanceServiceClient(suite.Channel(ResourceNames.FamilyEducation, officer));
        var request = new GetCoverageRequest { AreaCode = county, Year = today.Year, Quarter = (today.Month + 2) / 3, ListUnreached = 50 };
        var (coverage, median) = await MedianOfFiveAsync(() => Call(client.GetCoverageAsync(request)));
        var (floorRows, floorTime) = RawSqlite.ReadAll(suite.FamilyEducationDatabase, "Households", $"VillageCode LIKE '{county}%'");
        Require(floorRows == importRows && coverage.Households > 0 && coverage.Reached > 0, $"Family education holds {floorRows} households of the county; coverage {coverage}");
        report.Add(new Figure("Family education", $"GetCoverage, county of {importRows:N0} women ({coverage.Households:N0} households with minor children, {coverage.Reached:N0} reached), median of 5",
            median, "ms", "raw read of the county's household rows", floorTime.TotalMilliseconds, "≤ 1,000 ms", median <= 1_000));
    }

    /// <summary>MatchWomenForPost for a post in the imported county with ten thousand registered job-seekers there, against a raw read of their rows.</summary>
    private async Task MeasureEmploymentMatchingAsync()
    {
        var county = generator.ImportCounty;
        var officer = suite.Token("human-resources", "county-officer", county);
        var jobs = new JobService.JobServiceClient(suite.Channel(ResourceNames.Employment, officer));
        // Human resources serves the women who consented to sharing their data with other departments.
        var seekers = CountyWomen(county, JobSeekers, consented: true).Select(w => w.Id).ToList();
        await Load.RunAsync(8, seekers.Count, i => Call(jobs.RegisterJobSeekerAsync(new RegisterJobSeekerRequest
        {
            WomanId = seekers[i], Status = SeekerStatus.Unemployed, Wish = (WorkPattern)(1 + i % 3), Skills = { i % 4 == 0 ? "家政服务" : "种植" },
        })));
        var township = CountyWomen(county, 1)[0].Village[..9];
        var employer = await Call(jobs.CreateEmployerAsync(new CreateEmployerRequest { RequestId = "bench-employer", Employer = new Employer { Name = "家政合作社", Kind = EmployerKind.Cooperative, AreaCode = township } }));
        var post = await Call(jobs.CreatePostAsync(new CreatePostRequest
        {
            RequestId = "bench-post",
            Post = new Post { EmployerId = employer.Id, Title = "家政服务员", Trade = Trade.DomesticService, AreaCode = township, MonthlyPayYuan = 3200, Pattern = WorkPattern.Flexible, Openings = 50 },
        }));
        var request = new MatchWomenForPostRequest { PostId = post.Id, PageSize = 50 };
        var (match, median) = await MedianOfFiveAsync(() => Call(jobs.MatchWomenForPostAsync(request)));
        var (floorRows, floorTime) = RawSqlite.ReadAll(suite.EmploymentDatabase, "JobSeekers", $"VillageCode LIKE '{county}%'");
        Require(floorRows == seekers.Count && match.Considered == seekers.Count, $"Employment holds {floorRows} job-seekers of the county; the match considered {match.Considered}");
        report.Add(new Figure("Employment", $"MatchWomenForPost, {seekers.Count:N0} job-seekers in the county, median of 5",
            median, "ms", "raw read of the county's job-seeker rows", floorTime.TotalMilliseconds, "≤ 1,000 ms", median <= 1_000));
    }

    /// <summary>The imported county's first women (by id) with their names and villages, as the Registry holds them.</summary>
    private List<(long Id, string Name, string Village)> CountyWomen(string county, int count, bool consented = false) =>
        RawSqlite.Pairs(suite.RegistryDatabase,
                $"SELECT Id, Name || '|' || VillageCode FROM Women WHERE VillageCode LIKE '{county}%' {(consented ? "AND ConsentToShare = 1" : "")} ORDER BY Id LIMIT {count}")
            .Select(p => (p.Id, p.Text.Split('|')[0], p.Text.Split('|')[1])).ToList();

    /// <summary>One call to warm up, then five timed; the last answer and the median time in ms.</summary>
    private static async Task<(T Answer, double MedianMs)> MedianOfFiveAsync<T>(Func<Task<T>> call)
    {
        var answer = await call();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            answer = await call();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (answer, times[2]);
    }
}
