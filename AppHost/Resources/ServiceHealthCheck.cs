using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.AppHost.Resources;

/// <summary>
/// Reads a suite service's <c>/health</c> over HTTP/2 without TLS (the services speak nothing else, so Aspire's
/// HTTP/1.1 probe cannot reach them) and reports what it says: Healthy, Degraded (serving, Redis down) or Unhealthy.
/// </summary>
public sealed class ServiceHealthCheck(EndpointReference endpoint) : IHealthCheck
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
        try
        {
            using var response = await Probe.GetAsync($"{endpoint.Url}/health", cancellationToken);
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
