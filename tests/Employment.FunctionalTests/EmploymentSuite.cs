using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Employment.FunctionalTests;

/// <summary>
/// The Registry and Employment, each a real service on its own SQLite file, sharing a real Redis database (Employment's
/// events reach the Registry's ledger), with one clock; Employment reaches the Registry through a switch.
/// </summary>
public sealed class EmploymentSuite : IDisposable
{
    private readonly ServiceFiles _files = new();

    public EmploymentSuite()
    {
        CacheConnectionString = SharedRedis.Instance.IsolatedConnectionString();
        Registry = new(ResourceNames.RegistryDb, _files["registry.db"], CacheConnectionString, Clock,
            new Dictionary<string, string> { ["Registry:SampleData"] = "Areas" });
        Employment = new(ResourceNames.EmploymentDb, _files["employment.db"], CacheConnectionString, Clock,
            registry: new SwitchableHandler(() => Registry.Server.CreateHandler(), () => RegistryUp));
    }

    public string CacheConnectionString { get; }

    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public static readonly Date Today = new() { Year = 2026, Month = 11, Day = 22 };

    public bool RegistryUp { get; set; } = true;

    public SuiteServiceHost<Suite.Registry.RegistryEntryPoint> Registry { get; }

    public SuiteServiceHost<Suite.Employment.EmploymentEntryPoint> Employment { get; }

    public WomenService.WomenServiceClient Women => new(Registry.ChannelFor(TestTokens.Admin));

    public static readonly string HrCounty = TestTokens.For("human-resources", "county-officer", SampleForms.County, "县人社局干部");
    public static readonly string HrTownship = TestTokens.For("human-resources", "township-officer", SampleForms.Township, "乡镇人社所干部");
    public static readonly string FederationCounty = TestTokens.For("womens-federation", "county-officer", SampleForms.County, "县妇联干部");
    public static readonly string FederationVillage = TestTokens.For("womens-federation", "village-staff", SampleForms.RuralVillage, "妇女之家专干");

    public TrainingService.TrainingServiceClient Training(string? token = null) => new(Employment.ChannelFor(token ?? HrCounty));
    public JobService.JobServiceClient Jobs(string? token = null) => new(Employment.ChannelFor(token ?? HrCounty));
    public SupportService.SupportServiceClient Support(string? token = null) => new(Employment.ChannelFor(token ?? HrCounty));

    public async Task<Woman> RegisterAsync(string? village = null, params string[] skills)
    {
        var form = SampleForms.Woman(village);
        form.Skills.Clear();
        form.Skills.AddRange(skills);
        return await Women.CreateWomanAsync(SampleForms.Create(form));
    }

    public Task<Course> CourseAsync(int capacity = 30, Trade trade = Trade.DomesticService, string area = SampleForms.County) => Training().CreateCourseAsync(new CreateCourseRequest
    {
        RequestId = Guid.NewGuid().ToString("N"),
        Course = new Course
        {
            Name = "家政服务员培训班", Trade = trade, Mode = CourseMode.Menu, Provider = "林口县职业技术学校", AreaCode = area,
            StartDate = new Date { Year = 2026, Month = 11, Day = 1 }, EndDate = new Date { Year = 2026, Month = 12, Day = 15 }, Hours = 80, Capacity = capacity, SubsidyYuan = 1200,
        },
    }).ResponseAsync;

    public async Task<Post> PostAsync(string area, Trade trade = Trade.DomesticService, int openings = 5, int pay = 3200, WorkPattern pattern = WorkPattern.FullTime, bool mother = false, string? token = null)
    {
        var employer = await Jobs(token).CreateEmployerAsync(new CreateEmployerRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Employer = new Employer { Name = "林口县巾帼家政合作社", Kind = EmployerKind.Cooperative, AreaCode = area[..9] },
        });
        return await Jobs(token).CreatePostAsync(new CreatePostRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Post = new Post
            {
                EmployerId = employer.Id, Title = "家政服务员", Trade = trade, AreaCode = area, MonthlyPayYuan = pay, Pattern = pattern, Openings = openings,
                MotherPost = mother, DemonstrationSite = mother ? "林口镇妈妈岗示范点" : "",
            },
        });
    }

    public void Dispose()
    {
        Employment.Dispose();
        Registry.Dispose();
        _files.Dispose();
    }
}
