using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts;

namespace Suite.TestSupport;

/// <summary>
/// A suite service hosted in process for functional tests: its own SQLite file, a Redis database, the test keys, a
/// clock the test controls, extra settings, and (for a service that calls the Registry) the Registry's test server
/// behind a handler that can take it "down". Calls go through real gRPC clients over the test server's HTTP/2 handler.
/// </summary>
public sealed class SuiteServiceHost<TProgram>(string connectionName, string databasePath, string cache, TimeProvider clock,
    IReadOnlyDictionary<string, string>? settings = null, HttpMessageHandler? registry = null) : WebApplicationFactory<TProgram>
    where TProgram : class
{
    public string DatabasePath => databasePath;

    /// <summary>What the service logged at error level.</summary>
    public RecordedLog Log { get; } = new();

    /// <summary>A channel whose calls carry the given bearer token (none when null).</summary>
    public GrpcChannel ChannelFor(string? token) => GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = new BearerTokenHandler(token) { InnerHandler = Server.CreateHandler() },
    });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSuiteTestSettings(connectionName, databasePath, cache);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        if (registry is not null)
        {
            // Service discovery, as the app host injects it.
            builder.UseSetting($"services:{ResourceNames.Registry}:http:0", "http://registry.test");
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(clock);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Log);
            if (registry is not null)
            {
                services.ConfigureHttpClientDefaults(http => http.ConfigurePrimaryHttpMessageHandler(() => registry));
            }
        });
    }
}
