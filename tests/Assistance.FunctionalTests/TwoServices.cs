using Suite.Contracts;
using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.FunctionalTests;

/// <summary>
/// The Registry and Assistance, each a real service with its own SQLite file, talking real gRPC: Assistance's
/// Registry client (discovery, resilience, deadline, token forwarding) is routed to the Registry's test server,
/// through a switch that can take the Registry "down".
/// </summary>
public sealed class TwoServices : IDisposable
{
    private readonly ServiceFiles _files = new();

    public TwoServices() : this(null)
    {
    }

    /// <summary>The two with settings of Assistance's own.</summary>
    public static TwoServices WithAssistanceSettings(IReadOnlyDictionary<string, string> settings) => new(settings);

    private TwoServices(IReadOnlyDictionary<string, string>? assistanceSettings)
    {
        // One Redis database for both: the Registry publishes its events where Assistance consumes them.
        CacheConnectionString = SharedRedis.Instance.IsolatedConnectionString();
        Registry = new(ResourceNames.RegistryDb, _files["registry.db"], CacheConnectionString, Clock, RegistrySettings);
        Assistance = new(ResourceNames.AssistanceDb, _files["assistance.db"], CacheConnectionString, Clock, assistanceSettings,
            registry: new SwitchableHandler(() => Registry.Server.CreateHandler(), () => RegistryUp));
    }

    public string CacheConnectionString { get; }

    /// <summary>
    /// A second instance of Assistance on the same database and Redis (the caller disposes it). In the same process as
    /// the first, so it names its stream consumer itself (instances are named by host and process id).
    /// </summary>
    public SuiteServiceHost<Suite.Assistance.AssistanceEntryPoint> AnotherAssistanceInstance() =>
        new(ResourceNames.AssistanceDb, _files["assistance.db"], CacheConnectionString, Clock, new Dictionary<string, string> { ["Events:ConsumerName"] = "assistance@second" },
            registry: new SwitchableHandler(() => Registry.Server.CreateHandler(), () => RegistryUp));

    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public bool RegistryUp { get; set; } = true;

    /// <summary>The Registry with the sample areas only.</summary>
    public static readonly Dictionary<string, string> RegistrySettings = new() { ["Registry:SampleData"] = "Areas" };

    public SuiteServiceHost<Suite.Registry.RegistryEntryPoint> Registry { get; }

    public SuiteServiceHost<Suite.Assistance.AssistanceEntryPoint> Assistance { get; }

    public WomenService.WomenServiceClient Women => new(Registry.ChannelFor(TestTokens.Admin));

    public ApplicationService.ApplicationServiceClient ApplicationsAs(string token) => new(Assistance.ChannelFor(token));

    public ProgrammeService.ProgrammeServiceClient ProgrammesAs(string token) => new(Assistance.ChannelFor(token));

    public void Dispose()
    {
        Assistance.Dispose();
        Registry.Dispose();
        _files.Dispose();
    }
}
