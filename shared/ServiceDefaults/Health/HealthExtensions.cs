using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Suite.ServiceDefaults.Health;

/// <summary>
/// <c>/alive</c> answers while the process runs; <c>/health</c> and the standard <c>grpc.health.v1</c>
/// service answer ready only when the database is reachable. Redis down reports <c>Degraded</c>, still serving.
/// </summary>
public static class HealthExtensions
{
    public const string LiveTag = "live";

    public static IHostApplicationBuilder AddDefaultHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        // Health is the only anonymous surface: probes carry no token.
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) }).AllowAnonymous();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        return app;
    }
}
