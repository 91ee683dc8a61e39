extern alias assistance;
extern alias registry;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
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
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "suite-tests", Guid.NewGuid().ToString("N"));

    public TwoServices()
    {
        Directory.CreateDirectory(_directory);
        // One Redis database for both: the Registry publishes its events where Assistance consumes them.
        CacheConnectionString = SharedRedis.Instance.IsolatedConnectionString();
        Registry = new RegistryHost(Path.Combine(_directory, "registry.db"), Clock, CacheConnectionString);
        Assistance = new AssistanceHost(Path.Combine(_directory, "assistance.db"), Clock, CacheConnectionString, new SwitchableHandler(() => Registry.Server.CreateHandler(), () => RegistryUp));
    }

    public string CacheConnectionString { get; }

    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public bool RegistryUp { get; set; } = true;

    public RegistryHost Registry { get; }

    public AssistanceHost Assistance { get; }

    public WomenService.WomenServiceClient Women => new(Registry.ChannelFor(TestTokens.Admin));

    public ApplicationService.ApplicationServiceClient ApplicationsAs(string token) => new(Assistance.ChannelFor(token));

    public ProgrammeService.ProgrammeServiceClient ProgrammesAs(string token) => new(Assistance.ChannelFor(token));

    public void Dispose()
    {
        Assistance.Dispose();
        Registry.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temp cleaner takes it.
        }
    }

    public sealed class RegistryHost(string databasePath, MutableClock clock, string cache) : WebApplicationFactory<registry::Program>
    {
        public GrpcChannel ChannelFor(string token) => GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(token) { InnerHandler = Server.CreateHandler() },
        });

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSuiteTestSettings(ResourceNames.RegistryDb, databasePath, cache);
            builder.UseSetting("Registry:SampleData", "Areas");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        }
    }

    public sealed class AssistanceHost(string databasePath, MutableClock clock, string cache, SwitchableHandler registryHandler) : WebApplicationFactory<assistance::Program>
    {
        public GrpcChannel ChannelFor(string token) => GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(token) { InnerHandler = Server.CreateHandler() },
        });

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSuiteTestSettings(ResourceNames.AssistanceDb, databasePath, cache);
            // Service discovery, as the AppHost injects it.
            builder.UseSetting($"services:{ResourceNames.Registry}:http:0", "http://registry.test");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => registryHandler));
            });
        }
    }
}

/// <summary>Sends to the Registry's test server while it is "up"; while "down" every request fails as a refused connection does.</summary>
public sealed class SwitchableHandler(Func<HttpMessageHandler> target, Func<bool> up) : DelegatingHandler
{
    private HttpMessageInvoker? _invoker;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!up())
        {
            throw new HttpRequestException("Connection refused (registry down)", new System.Net.Sockets.SocketException(111));
        }
        _invoker ??= new HttpMessageInvoker(target());
        return _invoker.SendAsync(request, cancellationToken);
    }
}
