using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Registry.FunctionalTests;

/// <summary>
/// The real Registry in process: its own SQLite file, a real redis-server, the sample areas, and a clock the
/// test controls. Calls go through real gRPC clients over the test server's HTTP/2 handler.
/// </summary>
public class RegistryFactory : WebApplicationFactory<Suite.Registry.RegistryEntryPoint>
{
    /// <summary>"Today" of the tests: 2026-11-22 noon in China.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    private readonly ServiceFiles _files = new();
    private GrpcChannel? _channel;

    public RegistryFactory() : this(SharedRedis.Instance)
    {
    }

    protected RegistryFactory(RedisServer redis)
    {
        Redis = redis;
        CacheConnectionString = redis.IsolatedConnectionString();
    }

    /// <summary>Another instance of the Registry on <paramref name="first"/>'s SQLite file, Redis database and clock, as a replica is.</summary>
    protected RegistryFactory(RegistryFactory first)
    {
        Redis = first.Redis;
        CacheConnectionString = first.CacheConnectionString;
        Clock = first.Clock;
        _sharedDatabasePath = first.DatabasePath;
    }

    private readonly string? _sharedDatabasePath;

    public RedisServer Redis { get; }

    /// <summary>This fixture's own logical Redis database on the shared server.</summary>
    public string CacheConnectionString { get; }

    public MutableClock Clock { get; } = new(Start);

    public string DatabasePath => _sharedDatabasePath ?? _files["registry.db"];

    /// <summary>Calls as the province's civil-affairs administrator (every Registry permission, nationwide).</summary>
    public GrpcChannel Channel => _channel ??= ChannelFor(TestTokens.Admin);

    /// <summary>A channel whose calls carry the given bearer token (none when null).</summary>
    public GrpcChannel ChannelFor(string? token) => GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = new BearerTokenHandler(token) { InnerHandler = Server.CreateHandler() },
    });

    /// <summary>Clients calling as someone else.</summary>
    public WomenService.WomenServiceClient WomenAs(string? token) => new(ChannelFor(token));

    public WomenService.WomenServiceClient Women => new(Channel);
    public AreasService.AreasServiceClient Areas => new(Channel);
    public WorkforceService.WorkforceServiceClient Workforce => new(Channel);
    public SurveyService.SurveyServiceClient Survey => new(Channel);
    public VisitService.VisitServiceClient Visits => new(Channel);

    /// <summary>Smaller than in production, so a test can cross it.</summary>
    public const int ImportRowLimit = 1_500;
    public const int DuplicateProbesPerDay = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSuiteTestSettings(Suite.Contracts.ResourceNames.RegistryDb, DatabasePath, CacheConnectionString);
        builder.UseSetting("Registry:SampleData", "Areas");
        builder.UseSetting("Registry:MaxImportRows", ImportRowLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Registry:DuplicateProbesPerDay", DuplicateProbesPerDay.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _channel?.Dispose();
        _files.Dispose();
    }
}
