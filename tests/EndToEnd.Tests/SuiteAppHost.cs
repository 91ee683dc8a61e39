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
/// redis-server and each service as processes, exactly as <c>scripts/run.sh</c> does, without the dashboard. Every
/// department service runs as <see cref="Replicas"/> instances behind the app host's proxy (<c>--replicas</c>), so
/// every flow meets what a scaled-out deployment meets: calls spread over instances sharing one database and Redis.
/// </summary>
public sealed class SuiteAppHost : IAsyncLifetime
{
    /// <summary>The instances of each department service (the web console is always one).</summary>
    public const int Replicas = 2;

    /// <summary>The department services, which run <see cref="Replicas"/> instances each.</summary>
    public static readonly string[] Services = [ResourceNames.Registry, ResourceNames.Assistance, ResourceNames.LegalAid, ResourceNames.Employment,
        ResourceNames.FamilyEducation, ResourceNames.Community, ResourceNames.Supervision];

    // Two instances of seven services start on two shared cores: a bound on waiting, not a speed goal.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
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
        // Each instance logs the requests it serves, so that a test can see which instance the app host's proxy chose.
        Environment.SetEnvironmentVariable("Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
        // Stream entries a killed instance left pending are claimed by a live one after 5 s, not a minute.
        Environment.SetEnvironmentVariable("Events__ClaimAfterSeconds", "5");
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Suite_AppHost>(
            ["--data-dir", DataDirectory, "--replicas", Replicas.ToString(System.Globalization.CultureInfo.InvariantCulture)], timeout.Token);
        builder.Services.AddSingleton<ILoggerProvider>(Log);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        foreach (var name in new[] { ResourceNames.Cache, ResourceNames.Console })
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token);
        }
        // Aspire's wait by name ends with the first healthy instance: wait for all of them.
        foreach (var name in Services)
        {
            await WaitForInstancesAsync(name, Replicas, timeout.Token);
        }
    }

    /// <summary>
    /// The latest state of a service's instances once <paramref name="count"/> of them run and are healthy, in
    /// resource-id order ("registry-abcdwxyz" …).
    /// </summary>
    public async Task<IReadOnlyList<ResourceEvent>> WaitForInstancesAsync(string resource, int count = Replicas, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var latest = new Dictionary<string, ResourceEvent>();
        await foreach (var change in App.ResourceNotifications.WatchAsync(timeout.Token))
        {
            if (change.Resource.Name != resource)
            {
                continue;
            }
            latest[change.ResourceId] = change;
            var up = latest.Values.Where(e => e.Snapshot.State?.Text == KnownResourceStates.Running
                && e.Snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy).ToList();
            if (up.Count >= count)
            {
                return [.. up.OrderBy(e => e.ResourceId, StringComparer.Ordinal)];
            }
        }
        throw new OperationCanceledException($"{resource} did not have {count} healthy instances");
    }

    /// <summary>A channel straight to one instance's own listener (its ASPNETCORE_URLS), past the app host's proxy.</summary>
    public GrpcChannel InstanceChannel(ResourceEvent instance, string? token) => Channel(new Uri(Listener(instance)), token);

    /// <summary>The address an instance itself listens on.</summary>
    public static string Listener(ResourceEvent instance) =>
        instance.Snapshot.EnvironmentVariables.Single(v => v.Name == "ASPNETCORE_URLS").Value!.Split(';')[0];

    /// <summary>A channel to a service's http endpoint, calling with the given bearer token (or none).</summary>
    public GrpcChannel Channel(string resource, string? token) => Channel(App.GetEndpoint(resource, "http"), token);

    private GrpcChannel Channel(Uri address, string? token)
    {
        var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
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
