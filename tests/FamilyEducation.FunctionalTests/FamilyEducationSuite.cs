using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>
/// The Registry, Family education, Assistance and Community, each a real service on its own SQLite file, sharing a real
/// Redis database (events flow Registry → Family education → Assistance, and Community → Family education), with one
/// clock. Family education reaches the Registry through a switch that can take it "down", also after a number of
/// calls, and Community (its register of places, as its own identity "familyeducation" and with callers' tokens)
/// through another.
/// </summary>
public sealed class FamilyEducationSuite : IDisposable
{
    private readonly ServiceFiles _files = new();

    public FamilyEducationSuite()
    {
        CacheConnectionString = SharedRedis.Instance.IsolatedConnectionString();
        Registry = new(ResourceNames.RegistryDb, _files["registry.db"], CacheConnectionString, Clock,
            new Dictionary<string, string> { ["Registry:SampleData"] = "Areas" });
        Community = new(ResourceNames.CommunityDb, _files["community.db"], CacheConnectionString, Clock);
        FamilyEducation = NewFamilyEducation(_files["familyeducation.db"]);
        Assistance = new(ResourceNames.AssistanceDb, _files["assistance.db"], CacheConnectionString, Clock,
            registry: new SwitchableHandler(() => Registry.Server.CreateHandler(), () => true));
    }

    private int _registryCallsLeft = int.MaxValue;

    /// <summary>
    /// A Family education service on a file (the suite's own, or another a test prepared), reaching the Registry and
    /// Community through the switches, and calling Community as itself ("familyeducation-worker"), as under the app host.
    /// Its venue transfer passes every second.
    /// </summary>
    public SuiteServiceHost<Suite.FamilyEducation.FamilyEducationEntryPoint> NewFamilyEducation(string file) =>
        new(ResourceNames.FamilyEducationDb, file, CacheConnectionString, Clock,
            new Dictionary<string, string>
            {
                [$"services:{ResourceNames.Community}:http:0"] = "http://community.test",
                ["OTEL_SERVICE_NAME"] = ResourceNames.FamilyEducation,
                ["VenueTransfer:EverySeconds"] = "1",
            },
            registry: new ServiceRouter(
                new SwitchableHandler(() => Registry.Server.CreateHandler(), () => RegistryUp && Interlocked.Decrement(ref _registryCallsLeft) >= 0),
                new SwitchableHandler(() => Community.Server.CreateHandler(), () => CommunityUp)));

    /// <summary>A file name in the suite's folder, for a test's own database.</summary>
    public string FileNamed(string name) => _files[name];

    public string CacheConnectionString { get; }

    // 2026-11-22 12:00 in China: the fourth quarter of 2026.
    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public static readonly Date Today = new() { Year = 2026, Month = 11, Day = 22 };

    public bool RegistryUp { get; set; } = true;

    /// <summary>Whether Family education reaches Community (its register of places).</summary>
    public bool CommunityUp { get; set; } = true;

    /// <summary>The Registry answers this many more calls from Family education, then is "down" (until reset).</summary>
    public void RegistryAnswers(int calls) => Interlocked.Exchange(ref _registryCallsLeft, calls);

    public SuiteServiceHost<Suite.Registry.RegistryEntryPoint> Registry { get; }

    public SuiteServiceHost<Suite.FamilyEducation.FamilyEducationEntryPoint> FamilyEducation { get; }

    public SuiteServiceHost<Suite.Assistance.AssistanceEntryPoint> Assistance { get; }

    public SuiteServiceHost<Suite.Community.CommunityEntryPoint> Community { get; }

    /// <summary>Community's register of places, as a caller (the township's federation officer unless told).</summary>
    public Suite.Contracts.Community.V1.PlaceService.PlaceServiceClient Places(string? token = null) => new(Community.ChannelFor(token ?? FederationTownship));

    public WomenService.WomenServiceClient Women => new(Registry.ChannelFor(TestTokens.Admin));

    // The callers of these tests, in 林口县 (the sample county) unless they say otherwise.
    public static readonly string FederationCounty = TestTokens.For("womens-federation", "county-officer", SampleForms.County, "县妇联干部");
    public static readonly string FederationTownship = TestTokens.For("womens-federation", "township-officer", SampleForms.Township, "林口镇妇联主席");
    public static readonly string FederationVillage = TestTokens.For("womens-federation", "village-staff", SampleForms.RuralVillage, "妇女之家专干");
    public static readonly string EducationCounty = TestTokens.For("education", "county-officer", SampleForms.County, "县教育局干部");
    public static readonly string CivilAffairsCounty = TestTokens.CountyOfficer;

    public ActivityService.ActivityServiceClient Activities(string? token = null) => new(FamilyEducation.ChannelFor(token ?? FederationTownship));
    public GuidanceService.GuidanceServiceClient Guidance(string? token = null) => new(FamilyEducation.ChannelFor(token ?? FederationTownship));

    /// <summary>
    /// A registered woman of a village (the sample village unless told), shared with other departments unless told,
    /// with the given children (born on these dates) or else the sample form's one child (born 2016).
    /// </summary>
    public async Task<Woman> RegisterAsync(string? village = null, bool share = true, string name = "王秀英", DateOnly[]? children = null)
    {
        var form = SampleForms.Woman(village, name: name);
        form.ConsentToShare = share;
        if (children is not null)
        {
            form.HouseholdMembers.Clear();
            form.HouseholdMembers.AddRange(children.Select((born, i) => new HouseholdMember
            {
                Relation = HouseholdRelation.Child, Name = $"李小{i}", BirthDate = Date.From(born), Schooling = born.Year > 2020 ? Schooling.NotYet : Schooling.Primary,
            }));
        }
        return await Women.CreateWomanAsync(SampleForms.Create(form));
    }

    /// <summary>Waits until Family education knows the woman's household (from the Registry's events) as the probe wants it.</summary>
    public Task<Household> HouseholdAsync(long womanId, Func<Household, bool>? wanted = null, string? token = null) =>
        Eventually.Until(async () =>
        {
            var all = new List<Household>();
            var request = new ListHouseholdsRequest { PageSize = 500 };
            do
            {
                var page = await Guidance(token ?? FederationCounty).ListHouseholdsAsync(request);
                all.AddRange(page.Households);
                request.PageToken = page.NextPageToken;
            }
            while (request.PageToken.Length > 0);
            return all.FirstOrDefault(h => h.WomanId == womanId && (wanted?.Invoke(h) ?? true));
        });

    public async Task<Venue> VenueAsync(string area = SampleForms.Township, string? token = null) =>
        await Activities(token).CreateVenueAsync(new CreateVenueRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Venue = new Venue { Name = "林口镇家长学校", Kind = VenueKind.ParentSchool, AreaCode = area, Keeper = "张桂兰" },
        });

    public async Task<Activity> ActivityAsync(Date? date = null, string area = SampleForms.Township, string? token = null)
    {
        var venue = await VenueAsync(area, token);
        return await Activities(token).CreateActivityAsync(new CreateActivityRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Activity = new Activity { VenueId = venue.Id, Kind = ActivityKind.ParentClass, Date = date ?? Today, Topic = "如何陪伴留守孩子学习", Speaker = "县家庭教育讲师团", Capacity = 60 },
        });
    }

    /// <summary>Sends a sign-in sheet (woman id and name per row, numbered from 1).</summary>
    public async Task<ImportSignInSheetResponse> SignInAsync(long activityId, IEnumerable<(long WomanId, string Name)> rows, string? token = null)
    {
        using var call = Activities(token).ImportSignInSheet();
        var number = 0;
        foreach (var (womanId, name) in rows)
        {
            await call.RequestStream.WriteAsync(new SignInRow { ActivityId = activityId, RowNumber = ++number, WomanId = womanId, Name = name });
        }
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    public async Task<GuidancePairing> PairAsync(long womanId, string? token = null) =>
        await Guidance(token).CreatePairingAsync(new CreatePairingRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), WomanId = womanId, GuideName = "刘慧", GuideKind = GuideKind.Volunteer, Organisation = "林口镇巾帼志愿服务队", FirstSessionDate = Today,
        });

    public async Task<GuidancePairing> SessionAsync(GuidancePairing pairing, Date held, Date next, string? token = null) =>
        await Guidance(token).RecordSessionAsync(new RecordSessionRequest
        {
            PairingId = pairing.Id, Etag = pairing.Etag, NextSessionDate = next,
            Session = new GuidanceSession { Date = held, Form = SessionForm.HomeVisit, Topics = { Topic.StudyHabits, Topic.Safety }, Note = "孩子作业按时完成" },
        });

    public void Dispose()
    {
        Assistance.Dispose();
        FamilyEducation.Dispose();
        Community.Dispose();
        Registry.Dispose();
        _files.Dispose();
    }
}

/// <summary>Sends Family education's calls to the service its address names: Community ("community.test") or the Registry.</summary>
public sealed class ServiceRouter(HttpMessageHandler registry, HttpMessageHandler community) : HttpMessageHandler
{
    private readonly HttpMessageInvoker _registry = new(registry, disposeHandler: false);
    private readonly HttpMessageInvoker _community = new(community, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        (request.RequestUri!.Host == "community.test" ? _community : _registry).SendAsync(request, cancellationToken);
}
