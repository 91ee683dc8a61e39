using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.AppHost.Resources;

/// <summary>
/// Reads a suite service's <c>/health</c> over HTTP/2 without TLS (the services speak nothing else, so Aspire's
/// HTTP/1.1 probe cannot reach them) and reports what it says: Healthy, Degraded (serving, Redis down) or Unhealthy.
/// With replicas it asks every instance on its own listener, since the shared endpoint is DCP's proxy and answers
/// from whichever instance it picks: Healthy then means every instance is up and healthy, Degraded that some serve.
/// Aspire keeps one health report per resource and shows it on each instance.
/// </summary>
public sealed class ServiceHealthCheck(IResource service, EndpointReference endpoint, ServiceInstances instances) : IHealthCheck
{
    private static readonly HttpClient Probe = new()
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(5),
    };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!endpoint.IsAllocated)
        {
            return HealthCheckResult.Unhealthy("endpoint not allocated yet");
        }
        var replicas = service.GetReplicaCount();
        if (replicas == 1)
        {
            return await AskAsync(endpoint.Url, cancellationToken);
        }
        var running = instances.Of(service)
            .Where(e => e.Snapshot.State?.Text == KnownResourceStates.Running && ServiceInstances.Listener(e.Snapshot) is not null)
            .ToList();
        var answers = await Task.WhenAll(running.Select(async e => (e.ResourceId, Result: await AskAsync(ServiceInstances.Listener(e.Snapshot)!, cancellationToken))));
        var serving = answers.Count(a => a.Result.Status != HealthStatus.Unhealthy);
        if (serving == replicas && answers.All(a => a.Result.Status == HealthStatus.Healthy))
        {
            return HealthCheckResult.Healthy();
        }
        var notHealthy = string.Join("; ", answers.Where(a => a.Result.Status != HealthStatus.Healthy).Select(a => $"{a.ResourceId}: {a.Result.Description}"));
        var summary = $"{serving} of {replicas} instances serving{(notHealthy.Length > 0 ? "; " + notHealthy : "")}";
        return serving == 0 ? HealthCheckResult.Unhealthy(summary) : HealthCheckResult.Degraded(summary);
    }

    private static async Task<HealthCheckResult> AskAsync(string address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Probe.GetAsync($"{address.TrimEnd('/')}/health", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return HealthCheckResult.Unhealthy($"/health answered {(int)response.StatusCode}");
            }
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return body.RootElement.GetProperty("status").GetString() switch
            {
                "Healthy" => HealthCheckResult.Healthy(),
                "Degraded" => HealthCheckResult.Degraded($"still serving; {NotHealthy(body.RootElement)}"),
                var other => HealthCheckResult.Unhealthy($"/health says {other}"),
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
    }

    // The service's checks that are not healthy, with what they say (Redis away, a background loop failing).
    private static string NotHealthy(JsonElement report) => report.TryGetProperty("checks", out var checks)
        ? string.Join("; ", checks.EnumerateObject()
            .Where(c => c.Value.GetProperty("status").GetString() != "Healthy")
            .Select(c => $"{c.Name}: {(c.Value.TryGetProperty("Description", out var d) ? d.GetString() : "")}"))
        : "";
}
