using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.AppHost.Resources;

/// <summary>
/// One line when every resource is healthy, so that a newcomer knows the suite is ready and what to open: the web
/// console's address, where the development tokens are and a first command (the dashboard prints its own link).
/// With <c>--replicas N</c> a service counts as ready when all N of its instances run and are healthy: Aspire's
/// by-name wait would be satisfied by the first one.
/// </summary>
public sealed class ReadyAnnouncement(ResourceNotificationService notifications, IReadOnlyList<IResource> resources, EndpointReference console,
    string tokenFolder, ILogger<ReadyAnnouncement> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var expected = resources.ToDictionary(r => r.Name, r => r.GetReplicaCount());
        var latest = new Dictionary<string, ResourceEvent>();
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (!expected.ContainsKey(change.Resource.Name))
                {
                    continue;
                }
                latest[change.ResourceId] = change;
                if (expected.All(r => latest.Values.Count(e => e.Resource.Name == r.Key && IsUp(e.Snapshot)) >= r.Value))
                {
                    logger.LogInformation(
                        "全部就绪 (all {Count} resources healthy, {Instances} processes). 工作台 (web console): {Console} · development tokens: {Tokens} · try: scripts/suite.sh women list --area 231025",
                        resources.Count, expected.Values.Sum(), console.Url, tokenFolder);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the suite was ready.
        }
    }

    private static bool IsUp(CustomResourceSnapshot snapshot) =>
        snapshot.State?.Text == KnownResourceStates.Running && snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy;
}

public static class ReadyAnnouncementExtensions
{
    /// <summary>Announces the ready suite in a local run (not when publishing).</summary>
    public static void AnnounceWhenReady(this IDistributedApplicationBuilder builder, SuiteRunOptions run, IResourceBuilder<ProjectResource> console)
    {
        if (run.IsPublishing)
        {
            return;
        }
        var resources = builder.Resources.Where(r => r is ProjectResource or RedisServerResource).ToList();
        builder.Services.AddHostedService(services => new ReadyAnnouncement(services.GetRequiredService<ResourceNotificationService>(), resources,
            console.GetEndpoint("http"), Path.Combine(run.DataDirectory, "tokens"), services.GetRequiredService<ILogger<ReadyAnnouncement>>()));
    }
}
