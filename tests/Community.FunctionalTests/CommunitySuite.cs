using Suite.Contracts;
using Suite.Contracts.Registry.V1;

namespace Suite.Community.FunctionalTests;

/// <summary>
/// The Registry and Community, each a real service on its own SQLite file, sharing a real Redis database, with one
/// clock. Community reaches the Registry through a switch that can take it "down".
/// </summary>
public sealed class CommunitySuite : IDisposable
{
    private readonly ServiceFiles _files = new();

    public CommunitySuite()
    {
        CacheConnectionString = SharedRedis.Instance.IsolatedConnectionString();
        Registry = new(ResourceNames.RegistryDb, _files["registry.db"], CacheConnectionString, Clock,
            new Dictionary<string, string> { ["Registry:SampleData"] = "Areas" });
        Community = new(ResourceNames.CommunityDb, _files["community.db"], CacheConnectionString, Clock,
            registry: new SwitchableHandler(() => Registry.Server.CreateHandler(), () => RegistryUp));
    }

    public string CacheConnectionString { get; }

    // 2026-11-22 12:00 in China.
    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public static readonly Suite.Contracts.Common.V1.Date Today = new() { Year = 2026, Month = 11, Day = 22 };

    public bool RegistryUp { get; set; } = true;

    public SuiteServiceHost<Suite.Registry.RegistryEntryPoint> Registry { get; }

    public SuiteServiceHost<CommunityEntryPoint> Community { get; }

    public WomenService.WomenServiceClient Women => new(Registry.ChannelFor(TestTokens.Admin));

    // The callers of these tests, in 林口县 (the sample county) unless they say otherwise.
    public static readonly string FederationCounty = TestTokens.For("womens-federation", "county-officer", SampleForms.County, "县妇联干部");
    public static readonly string FederationTownship = TestTokens.For("womens-federation", "township-officer", SampleForms.Township, "林口镇妇联主席");
    public static readonly string FederationVillage = TestTokens.For("womens-federation", "village-staff", SampleForms.RuralVillage, "妇女之家专干");
    public static readonly string Counsellor = TestTokens.For("health", "counsellor", SampleForms.Township, "林口镇卫生院心理咨询师");
    public static readonly string CivilAffairsCounty = TestTokens.CountyOfficer;
    public static readonly string CountyLeader = TestTokens.For("government", "county-leader", SampleForms.County, "分管副县长");

    public PlaceService.PlaceServiceClient Places(string? token = null) => new(Community.ChannelFor(token ?? FederationTownship));

    public CommendationService.CommendationServiceClient Commendation(string token) => new(Community.ChannelFor(token));

    public ParticipationService.ParticipationServiceClient Participation(string? token = null) => new(Community.ChannelFor(token ?? FederationTownship));

    /// <summary>Today in China by the suite's clock (tests that move it read the date again).</summary>
    public DateOnly TodayNow => DateOnly.FromDateTime(Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>A registered woman of a village (the sample village unless told), shared with other departments unless told.</summary>
    public async Task<Woman> RegisterAsync(string? village = null, bool share = true, string name = "王秀英")
    {
        var form = SampleForms.Woman(village, name: name);
        form.ConsentToShare = share;
        return await Women.CreateWomanAsync(SampleForms.Create(form));
    }

    /// <summary>A place of the register (a women's home of the sample township unless told).</summary>
    public async Task<Place> PlaceAsync(PlaceKind kind = PlaceKind.WomensHome, string area = SampleForms.Township, string? token = null, string name = "林口镇妇女之家") =>
        await Places(token).CreatePlaceAsync(new CreatePlaceRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Place = new Place { Name = name, Kind = kind, AreaCode = area, Keeper = "张桂兰", Phone = "0453-5123456", OpeningHours = "每周二、四 9:00-16:00", Host = "林口镇妇联" },
        });

    public void Dispose()
    {
        Community.Dispose();
        Registry.Dispose();
        _files.Dispose();
    }
}
