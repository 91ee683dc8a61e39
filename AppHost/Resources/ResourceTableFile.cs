using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Hosting;

namespace Suite.AppHost.Resources;

/// <summary>
/// {data}/apphost/resources.json: the resource table Aspire shows on the dashboard (state, health, process id, address
/// of Redis and each service), kept current for tools without a browser: the suite CLI finds the services there, and
/// the benchmark waits on it. For a service, <c>pid</c> is the <c>dotnet run</c> that DCP started (the service is its
/// child), <c>endpoint</c> what clients use and <c>direct</c> the service's own listener. Deleted when the app host stops.
/// </summary>
public sealed class ResourceTableFile(ResourceNotificationService notifications, string path) : BackgroundService
{
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "apphost", "resources.json");

    private readonly SortedDictionary<string, object> _rows = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Resource is ProjectResource or RedisServerResource)
                {
                    _rows[change.Resource.Name] = Row(change);
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

    private static object Row(ResourceEvent change)
    {
        var endpoint = ((IResourceWithEndpoints)change.Resource).GetEndpoints().FirstOrDefault(e => e.IsAllocated);
        var pid = change.Snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value;
        return new
        {
            name = change.Resource.Name,
            state = change.Snapshot.State?.Text ?? "",
            health = change.Snapshot.HealthStatus?.ToString() ?? "",
            pid = pid is null ? (int?)null : Convert.ToInt32(pid, CultureInfo.InvariantCulture),
            endpoint = endpoint?.Url ?? "",
            // Behind a proxy the service listens on a port DCP chose at start; its ASPNETCORE_URLS says which.
            direct = change.Snapshot.EnvironmentVariables.FirstOrDefault(v => v.Name == "ASPNETCORE_URLS")?.Value ?? endpoint?.Url ?? "",
        };
    }

    private void Write()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new { hostProcessId = Environment.ProcessId, resources = _rows.Values },
            new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temporary, path, overwrite: true);
    }
}
