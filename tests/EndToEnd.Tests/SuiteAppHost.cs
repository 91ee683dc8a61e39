using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Contracts;
using Suite.TestSupport;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// The real app host (AppHost/Program.cs) started through Aspire.Hosting.Testing on its own data folder: DCP runs
/// redis-server and each service as processes, exactly as <c>scripts/run.sh</c> does, without the dashboard.
/// </summary>
public sealed class SuiteAppHost : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private readonly List<GrpcChannel> _channels = [];
    private DistributedApplication? _app;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("suite-e2e-").FullName;

    /// <summary>What the app host logged, as its terminal would show it.</summary>
    public RecordedLog Log { get; } = new();

    public DistributedApplication App => _app ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        // DCP passes this process's environment on to the services: a red matter falls due after 3.6 s, not 24 hours,
        // so that the overdue list can be seen within a test.
        Environment.SetEnvironmentVariable("LegalAid__RedFollowUpHours", "0.001");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Suite_AppHost>(
            ["--data-dir", DataDirectory], timeout.Token);
        builder.Services.AddSingleton<ILoggerProvider>(Log);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        foreach (var name in new[] { ResourceNames.Cache, ResourceNames.Registry, ResourceNames.Assistance, ResourceNames.LegalAid, ResourceNames.Employment, ResourceNames.FamilyEducation, ResourceNames.Community, ResourceNames.Supervision, ResourceNames.Console })
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
        }
    }

    /// <summary>A channel to a service's http endpoint, calling with the given bearer token (or none).</summary>
    public GrpcChannel Channel(string resource, string? token)
    {
        var channel = GrpcChannel.ForAddress(App.GetEndpoint(resource, "http"), new GrpcChannelOptions
        {
            HttpHandler = new BearerTokenHandler(token) { InnerHandler = new SocketsHttpHandler() },
        });
        _channels.Add(channel);
        return channel;
    }

    /// <summary>The CLI pointed at every service of the running app host, with its data folder (for `suite login` and the tokens).</summary>
    public CliRunner Cli() => new(() => new SocketsHttpHandler(), TimeProvider.System,
        "--registry", App.GetEndpoint(ResourceNames.Registry, "http").ToString(),
        "--assistance", App.GetEndpoint(ResourceNames.Assistance, "http").ToString(),
        "--legalaid", App.GetEndpoint(ResourceNames.LegalAid, "http").ToString(),
        "--employment", App.GetEndpoint(ResourceNames.Employment, "http").ToString(),
        "--familyeducation", App.GetEndpoint(ResourceNames.FamilyEducation, "http").ToString(),
        "--community", App.GetEndpoint(ResourceNames.Community, "http").ToString(),
        "--supervision", App.GetEndpoint(ResourceNames.Supervision, "http").ToString(),
        "--data-dir", DataDirectory);

    /// <summary>The ready-made token the app host wrote for a department and role.</summary>
    public string Token(string department, string role) =>
        File.ReadAllText(Path.Combine(DataDirectory, "tokens", $"{department}.{role}.jwt"));

    /// <summary>The latest state Aspire reports for a resource.</summary>
    public async Task<ResourceEvent> WaitForAsync(string resource, Func<ResourceEvent, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await App.ResourceNotifications.WaitForResourceAsync(resource, condition, timeout.Token);
    }

    public async Task DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
