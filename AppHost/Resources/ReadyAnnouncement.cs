using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.AppHost.Resources;

/// <summary>
/// One line when every resource is healthy, so that a newcomer knows the suite is ready and what to open: the web
/// console's address, where the development tokens are and a first command (the dashboard prints its own link).
/// </summary>
public sealed class ReadyAnnouncement(ResourceNotificationService notifications, IReadOnlyList<string> resources, EndpointReference console,
    string tokenFolder, ILogger<ReadyAnnouncement> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var resource in resources)
            {
                await notifications.WaitForResourceHealthyAsync(resource, stoppingToken);
            }
            logger.LogInformation(
                "全部就绪 (all {Count} resources healthy). 工作台 (web console): {Console} · development tokens: {Tokens} · try: scripts/suite.sh women list --area 231025",
                resources.Count, console.Url, tokenFolder);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before the suite was ready.
        }
    }
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
        var names = builder.Resources.Where(r => r is ProjectResource or RedisServerResource).Select(r => r.Name).ToList();
        builder.Services.AddHostedService(services => new ReadyAnnouncement(services.GetRequiredService<ResourceNotificationService>(), names,
            console.GetEndpoint("http"), Path.Combine(run.DataDirectory, "tokens"), services.GetRequiredService<ILogger<ReadyAnnouncement>>()));
    }
}
