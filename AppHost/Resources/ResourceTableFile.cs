using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace Suite.AppHost.Resources;

/// <summary>
/// {data}/apphost/resources.json: the resource table Aspire shows on the dashboard (state, health, process id, address
/// of Redis and each service), kept current for tools without a browser: the suite CLI finds the services there, and
/// the benchmark waits on it. For a service, <c>pid</c> is the <c>dotnet run</c> that DCP started (the service is its
/// child), <c>endpoint</c> what clients use and <c>direct</c> the service's own listener. One row per resource; a
/// service run with <c>--replicas N</c> shows a running instance in those fields (so readers that know one process
/// keep working) and every instance in <c>replicas</c> (resource id, state, health, pid, direct listener).
/// Deleted when the app host stops.
/// </summary>
public sealed class ResourceTableFile(ResourceNotificationService notifications, string path) : BackgroundService
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "apphost", "resources.json");

    // The latest event of each instance, by resource id.
    private readonly Dictionary<string, ResourceEvent> _instances = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Resource is ProjectResource or RedisServerResource)
                {
                    _instances[change.ResourceId] = change;
                    Write();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app host is stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        File.Delete(path);
    }

    private static object Row(IGrouping<string, ResourceEvent> resource)
    {
        var instances = resource.OrderBy(e => e.ResourceId, StringComparer.Ordinal).ToList();
        var shown = instances.FirstOrDefault(e => e.Snapshot.State?.Text == KnownResourceStates.Running) ?? instances[0];
        var endpoint = ((IResourceWithEndpoints)shown.Resource).GetEndpoints().FirstOrDefault(e => e.IsAllocated);
        return new
        {
            name = resource.Key,
            state = shown.Snapshot.State?.Text ?? "",
            health = shown.Snapshot.HealthStatus?.ToString() ?? "",
            pid = Pid(shown.Snapshot),
            endpoint = endpoint?.Url ?? "",
            // Behind a proxy the service listens on a port DCP chose at start; its ASPNETCORE_URLS says which.
            direct = ServiceInstances.Listener(shown.Snapshot) ?? endpoint?.Url ?? "",
            replicas = instances.Select(e => new
            {
                id = e.ResourceId,
                state = e.Snapshot.State?.Text ?? "",
                health = e.Snapshot.HealthStatus?.ToString() ?? "",
                pid = Pid(e.Snapshot),
                direct = ServiceInstances.Listener(e.Snapshot) ?? endpoint?.Url ?? "",
            }),
        };
    }

    private static int? Pid(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } pid ? Convert.ToInt32(pid, CultureInfo.InvariantCulture) : null;

    private void Write()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        var rows = _instances.Values.GroupBy(e => e.Resource.Name).OrderBy(g => g.Key, StringComparer.Ordinal).Select(Row);
        File.WriteAllText(temporary, JsonSerializer.Serialize(new { hostProcessId = Environment.ProcessId, resources = rows },
            new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temporary, path, overwrite: true);
    }
}
