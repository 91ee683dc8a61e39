using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.AppHost.Resources;

/// <summary>
/// The latest state Aspire reports for each instance of every resource, by resource id: a service started with
/// <c>--replicas N</c> is N instances ("registry-abcdwxyz" …) under one resource name, and Aspire's by-name look-ups
/// see only one of them. The services' health check reads it to probe every instance. It starts watching before the
/// resources start (<see cref="Watch"/>): the health checks run while the app host's own hosted services are still
/// waiting for the host to start, which waits for the services to be healthy.
/// </summary>
public sealed class ServiceInstances(ResourceNotificationService notifications)
{
    private readonly ConcurrentDictionary<string, ResourceEvent> _latest = new();

    /// <summary>The instances of a resource seen so far, in resource-id order.</summary>
    public IReadOnlyList<ResourceEvent> Of(IResource resource) =>
        [.. _latest.Values.Where(e => e.Resource == resource).OrderBy(e => e.ResourceId, StringComparer.Ordinal)];

    /// <summary>
    /// The address an instance itself listens on (its ASPNETCORE_URLS): behind DCP's proxy, and for each replica, a
    /// port DCP chose when it started the process.
    /// </summary>
    public static string? Listener(CustomResourceSnapshot snapshot) =>
        snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name == "ASPNETCORE_URLS")?.Value is { Length: > 0 } urls
            ? urls.Split(';')[0]
            : null;

    /// <summary>Registers the watcher, started just before the resources start.</summary>
    public static void Watch(IDistributedApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(ServiceInstances)))
        {
            return;
        }
        builder.Services.AddSingleton(services => new ServiceInstances(services.GetRequiredService<ResourceNotificationService>()));
        builder.Eventing.Subscribe<BeforeStartEvent>((e, cancellationToken) =>
        {
            var instances = e.Services.GetRequiredService<ServiceInstances>();
            _ = instances.WatchAsync(e.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
            return Task.CompletedTask;
        });
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                _latest[change.ResourceId] = change;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app host is stopping.
        }
    }
}
