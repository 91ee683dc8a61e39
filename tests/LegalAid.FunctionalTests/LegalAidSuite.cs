using Suite.Contracts;
using Suite.Contracts.Registry.V1;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>
/// The Registry, Legal aid and Assistance, each a real service on its own SQLite file, sharing a real Redis database
/// (events flow Registry → Legal aid → Assistance), with one clock the tests move. Legal aid reaches the Registry
/// through a switch that can take it "down".
/// </summary>
public sealed class LegalAidSuite : IDisposable
{
    private readonly ServiceFiles _files = new();

    public LegalAidSuite()
    {
        CacheConnectionString = SharedRedis.Instance.IsolatedConnectionString();
        Registry = new(ResourceNames.RegistryDb, _files["registry.db"], CacheConnectionString, Clock,
            new Dictionary<string, string> { ["Registry:SampleData"] = "Areas" });
        LegalAid = new(ResourceNames.LegalAidDb, _files["legalaid.db"], CacheConnectionString, Clock,
            registry: new SwitchableHandler(() => Registry.Server.CreateHandler(), () => RegistryUp));
        Assistance = new(ResourceNames.AssistanceDb, _files["assistance.db"], CacheConnectionString, Clock,
            registry: new SwitchableHandler(() => Registry.Server.CreateHandler(), () => RegistryUp));
    }

    public string CacheConnectionString { get; }

    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public bool RegistryUp { get; set; } = true;

    public SuiteServiceHost<Suite.Registry.RegistryEntryPoint> Registry { get; }

    public SuiteServiceHost<Suite.LegalAid.LegalAidEntryPoint> LegalAid { get; }

    public SuiteServiceHost<Suite.Assistance.AssistanceEntryPoint> Assistance { get; }

    public WomenService.WomenServiceClient Women => new(Registry.ChannelFor(TestTokens.Admin));

    // The callers of these tests, all in 林口县 (the sample county) unless they say otherwise.
    public static readonly string JusticeCounty = TestTokens.For("justice", "county-officer", SampleForms.County, "县司法局干部");
    public static readonly string JusticeTownship = TestTokens.For("justice", "township-officer", SampleForms.Township, "司法所干部");
    public static readonly string FederationVillage = TestTokens.For("womens-federation", "village-staff", SampleForms.RuralVillage, "妇女之家专干");
    public static readonly string FederationCounty = TestTokens.For("womens-federation", "county-officer", SampleForms.County, "县妇联干部");
    public static readonly string PoliceCounty = TestTokens.For("public-security", "county-officer", SampleForms.County, "县公安局干部");
    public static readonly string CivilAffairsCounty = TestTokens.CountyOfficer;

    public MatterService.MatterServiceClient Matters(string token) => new(LegalAid.ChannelFor(token));
    public LegalAidService.LegalAidServiceClient Aid(string token) => new(LegalAid.ChannelFor(token));
    public MediationService.MediationServiceClient Mediation(string token) => new(LegalAid.ChannelFor(token));
    public ProtectionService.ProtectionServiceClient Protection(string token) => new(LegalAid.ChannelFor(token));
    public AwarenessService.AwarenessServiceClient Awareness(string token) => new(LegalAid.ChannelFor(token));

    /// <summary>A registered woman of the sample village, with the given economic status and health (shared with other departments unless told).</summary>
    public async Task<Woman> RegisterAsync(EconomicStatus economic = EconomicStatus.Ordinary, HealthStatus health = HealthStatus.Healthy, string? village = null, bool shareHealth = true)
    {
        var form = SampleForms.Woman(village);
        form.EconomicStatus = economic;
        form.Health = health;
        form.ConsentToShareHealth = shareHealth;
        if (health == HealthStatus.Disabled)
        {
            form.DisabilityCategory = DisabilityCategory.Physical;
            form.DisabilityGrade = 3;
        }
        return await Women.CreateWomanAsync(SampleForms.Create(form));
    }

    /// <summary>A matter about a registered woman, recorded by the county justice officer.</summary>
    public async Task<Matter> MatterAsync(long womanId, MatterKind kind = MatterKind.MarriageFamily, string? token = null) =>
        await Matters(token ?? JusticeCounty).CreateMatterAsync(new CreateMatterRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Channel = Channel.Hotline12338, Kind = kind, WomanId = womanId,
            Narrative = "丈夫外出务工后, 公婆要求她交出承包地。",
        });

    public void Dispose()
    {
        Assistance.Dispose();
        LegalAid.Dispose();
        Registry.Dispose();
        _files.Dispose();
    }
}
