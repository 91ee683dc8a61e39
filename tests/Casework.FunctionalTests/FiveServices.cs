using Grpc.Net.Client;
using Suite.Contracts.Registry.V1;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// The six department services (Community the newest), each a real service on its own SQLite file, sharing a real Redis database (each
/// reads the others' streams), with one clock the tests move. The four that call the Registry reach it through a
/// switch; any service but the Registry can be stopped and started again on its own file (<see cref="RestartAsync"/>),
/// or taken "down" for the case file's reader (<see cref="Down"/>).
/// </summary>
public sealed class FiveServices : IDisposable
{
    private readonly ServiceFiles _files = new();
    private SuiteServiceHost<Suite.Assistance.AssistanceEntryPoint> _assistance;
    private SuiteServiceHost<Suite.LegalAid.LegalAidEntryPoint> _legalAid;
    private SuiteServiceHost<Suite.Employment.EmploymentEntryPoint> _employment;
    private SuiteServiceHost<Suite.FamilyEducation.FamilyEducationEntryPoint> _familyEducation;
    private SuiteServiceHost<Suite.Community.CommunityEntryPoint> _community;
    private SuiteServiceHost<Suite.Supervision.SupervisionEntryPoint>? _supervision;

    public FiveServices()
    {
        CacheConnectionString = SharedRedis.Instance.IsolatedConnectionString();
        Registry = new(ResourceNames.RegistryDb, _files["registry.db"], CacheConnectionString, Clock,
            new Dictionary<string, string> { ["Registry:SampleData"] = "Areas", [$"Registry:VisitEveryDays:{SampleForms.County}:Priority"] = "20" });
        _assistance = NewAssistance();
        _legalAid = NewLegalAid();
        _employment = NewEmployment();
        _familyEducation = NewFamilyEducation();
        _community = NewCommunity();
        foreach (var service in EventStreams.Services)
        {
            _ = Channel(service, null); // started now, so that each consumes from the first event on
        }
    }

    public string CacheConnectionString { get; }

    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>Services the case file's reader finds "down" (the connection refused).</summary>
    public HashSet<string> Down { get; } = [];

    public SuiteServiceHost<Suite.Registry.RegistryEntryPoint> Registry { get; }

    // The department callers of these tests, all of 林口县 (the sample county) unless they say otherwise.
    public static readonly string CivilAffairsCounty = TestTokens.CountyOfficer;
    public static readonly string JusticeCounty = TestTokens.For("justice", "county-officer", SampleForms.County, "县司法局干部");
    public static readonly string HrCounty = TestTokens.For("human-resources", "county-officer", SampleForms.County, "县人社局干部");
    public static readonly string FederationCounty = TestTokens.For("womens-federation", "county-officer", SampleForms.County, "县妇联干部");
    public static readonly string FederationVillage = TestTokens.For("womens-federation", "village-staff", SampleForms.RuralVillage, "妇女之家专干");
    public static readonly string OtherVillageStaff = TestTokens.For("civil-affairs", "village-staff", SampleForms.OtherRuralVillage, "新华村专干");
    public static readonly string OtherCountyOfficer = TestTokens.For("civil-affairs", "county-officer", SampleForms.OtherCounty, "穆棱市民政干部");

    /// <summary>The caller of each department's own service in these tests.</summary>
    public static string OfficerOf(string service) => service switch
    {
        ResourceNames.LegalAid => JusticeCounty,
        ResourceNames.Employment => HrCounty,
        ResourceNames.FamilyEducation => FederationCounty,
        ResourceNames.Community => FederationCounty,
        _ => CivilAffairsCounty,
    };

    /// <summary>A channel to a service, carrying the token.</summary>
    public GrpcChannel Channel(string service, string? token) => service switch
    {
        ResourceNames.Registry => Registry.ChannelFor(token),
        ResourceNames.Assistance => _assistance.ChannelFor(token),
        ResourceNames.LegalAid => _legalAid.ChannelFor(token),
        ResourceNames.Employment => _employment.ChannelFor(token),
        ResourceNames.FamilyEducation => _familyEducation.ChannelFor(token),
        ResourceNames.Community => _community.ChannelFor(token),
        ResourceNames.Supervision => Supervision.ChannelFor(token),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    /// <summary>
    /// The supervision service, started on first use: it reads the other five through <see cref="ServiceRouter"/> (so
    /// <see cref="Down"/> stops it reaching one), with its own identity, as under the app host.
    /// </summary>
    public SuiteServiceHost<Suite.Supervision.SupervisionEntryPoint> Supervision => _supervision ??= new(ResourceNames.SupervisionDb, _files["supervision.db"], CacheConnectionString, Clock,
        new Dictionary<string, string>(EventStreams.Services.Select(s => KeyValuePair.Create($"services:{s}:http:0", $"http://{s}.test")))
        {
            ["OTEL_SERVICE_NAME"] = ResourceNames.Supervision,
        },
        registry: new ServiceRouter(this));

    /// <summary>The test server's handler of a service (for the CLI's router).</summary>
    public HttpMessageHandler Handler(string service) => service switch
    {
        ResourceNames.Registry => Registry.Server.CreateHandler(),
        ResourceNames.Assistance => _assistance.Server.CreateHandler(),
        ResourceNames.LegalAid => _legalAid.Server.CreateHandler(),
        ResourceNames.Employment => _employment.Server.CreateHandler(),
        ResourceNames.FamilyEducation => _familyEducation.Server.CreateHandler(),
        ResourceNames.Community => _community.Server.CreateHandler(),
        ResourceNames.Supervision => Supervision.Server.CreateHandler(),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    public ReferralService.ReferralServiceClient Referrals(string service, string? token = null) => new(Channel(service, token ?? OfficerOf(service)));

    public WomanRecordsService.WomanRecordsServiceClient Records(string service, string token) => new(Channel(service, token));

    public WomenService.WomenServiceClient Women => new(Registry.ChannelFor(TestTokens.Admin));

    public VisitService.VisitServiceClient Visits(string token) => new(Registry.ChannelFor(token));

    /// <summary>Stops a service (its consumers cancelled mid-way, whatever they had not acknowledged left pending) and starts it again on its own file.</summary>
    public async Task RestartAsync(string service)
    {
        switch (service)
        {
            case ResourceNames.Assistance:
                await _assistance.DisposeAsync();
                _assistance = NewAssistance();
                break;
            case ResourceNames.LegalAid:
                await _legalAid.DisposeAsync();
                _legalAid = NewLegalAid();
                break;
            case ResourceNames.Employment:
                await _employment.DisposeAsync();
                _employment = NewEmployment();
                break;
            case ResourceNames.FamilyEducation:
                await _familyEducation.DisposeAsync();
                _familyEducation = NewFamilyEducation();
                break;
            case ResourceNames.Community:
                await _community.DisposeAsync();
                _community = NewCommunity();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(service), service, null);
        }
        _ = Channel(service, null); // the first call starts the host, and its consumers with it
    }

    /// <summary>Stops a service without starting it again; <see cref="RestartAsync"/> brings it back.</summary>
    public async Task StopAsync(string service)
    {
        await (service switch
        {
            ResourceNames.Assistance => _assistance.DisposeAsync(),
            ResourceNames.LegalAid => _legalAid.DisposeAsync(),
            ResourceNames.Employment => _employment.DisposeAsync(),
            ResourceNames.FamilyEducation => _familyEducation.DisposeAsync(),
            ResourceNames.Community => _community.DisposeAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
        });
    }

    /// <summary>A registered woman of the sample village with the needs on her form (and consent to share them, health too).</summary>
    public async Task<Woman> RegisterAsync(string? village = null, params Need[] needs)
    {
        var form = SampleForms.Woman(village);
        form.Needs.Clear();
        form.Needs.AddRange(needs);
        form.ConsentToShareHealth = true;
        return await Women.CreateWomanAsync(SampleForms.Create(form));
    }

    /// <summary>Waits until the referral from <paramref name="source"/> of this woman has reached <paramref name="target"/>'s inbox, and returns it there.</summary>
    public Task<Referral> ReceivedAsync(string target, long womanId, string source, ReferralReason? reason = null) => Eventually.Until(async () =>
        (await Referrals(target).ListInboxAsync(new ListReferralsRequest { WomanId = womanId })).Referrals
            .FirstOrDefault(r => r.Source == source && (reason is null || r.Reason == reason)));

    /// <summary>Waits until the sender's copy of a referral stands at <paramref name="status"/>, and returns it.</summary>
    public Task<Referral> SenderSeesAsync(string source, long referralId, ReferralStatus status) => Eventually.Until(async () =>
        await Referrals(source).GetReferralAsync(new GetReferralRequest { Id = referralId }) is { } r && r.Status == status ? r : null);

    /// <summary>
    /// Waits until every event published so far has been read and acknowledged by every consumer group (the same for
    /// two probes in a row, so that an event an outbox was about to publish is not missed): the services agree.
    /// </summary>
    public async Task SettledAsync()
    {
        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(CacheConnectionString);
        var db = redis.GetDatabase();
        string? previous = null;
        await Eventually.Until(async () =>
        {
            var state = new System.Text.StringBuilder();
            foreach (var stream in EventStreams.Services.Select(EventStreams.Of))
            {
                if (!await db.KeyExistsAsync(stream))
                {
                    continue;
                }
                var last = (await db.StreamInfoAsync(stream)).LastGeneratedId;
                foreach (var group in await db.StreamGroupInfoAsync(stream))
                {
                    if (group.PendingMessageCount > 0 || group.LastDeliveredId != last)
                    {
                        return null;
                    }
                }
                state.Append(stream).Append(last).Append(';');
            }
            var settled = previous == state.ToString();
            previous = state.ToString();
            await Task.Delay(settled ? 0 : 300);
            return settled ? "settled" : null;
        });
    }

    private SuiteServiceHost<Suite.Assistance.AssistanceEntryPoint> NewAssistance() => new(ResourceNames.AssistanceDb, _files["assistance.db"], CacheConnectionString, Clock, registry: ToRegistry());

    private SuiteServiceHost<Suite.LegalAid.LegalAidEntryPoint> NewLegalAid() => new(ResourceNames.LegalAidDb, _files["legalaid.db"], CacheConnectionString, Clock, registry: ToRegistry());

    private SuiteServiceHost<Suite.Employment.EmploymentEntryPoint> NewEmployment() => new(ResourceNames.EmploymentDb, _files["employment.db"], CacheConnectionString, Clock, registry: ToRegistry());

    private SuiteServiceHost<Suite.FamilyEducation.FamilyEducationEntryPoint> NewFamilyEducation() =>
        new(ResourceNames.FamilyEducationDb, _files["familyeducation.db"], CacheConnectionString, Clock, registry: ToRegistry());

    private SuiteServiceHost<Suite.Community.CommunityEntryPoint> NewCommunity() =>
        new(ResourceNames.CommunityDb, _files["community.db"], CacheConnectionString, Clock, registry: ToRegistry());

    private SwitchableHandler ToRegistry() => new(() => Registry.Server.CreateHandler(), () => true);

    public void Dispose()
    {
        _supervision?.Dispose();
        _community.Dispose();
        _familyEducation.Dispose();
        _employment.Dispose();
        _legalAid.Dispose();
        _assistance.Dispose();
        Registry.Dispose();
        _files.Dispose();
    }
}
