using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace Suite.AppHost.Resources;

/// <summary>
/// The latest state Aspire reports for each instance of every resource, by resource id: a service started with
/// <c>--replicas N</c> is N instances ("registry-abcdwxyz" …) under one resource name, and Aspire's by-name look-ups
/// see only one of them. The services' health check reads it to probe every instance.
/// </summary>
public sealed class ServiceInstances(ResourceNotificationService notifications) : BackgroundService
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
