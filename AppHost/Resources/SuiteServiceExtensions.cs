using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.AppHost.Resources;

public static class SuiteServiceExtensions
{
    /// <summary>
    /// A department service: its project with one plain-HTTP/2 endpoint named "http", <c>--replicas N</c> instances of
    /// it (behind DCP's proxy when more than one), the development keys, and a health check that reads its /health on
    /// every instance (so the dashboard's Healthy and <c>WaitFor</c> mean what /health says, for all of them).
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddSuiteService<TProject>(
        this IDistributedApplicationBuilder builder, string name, SuiteKeys keys, SuiteRunOptions run)
        where TProject : IProjectMetadata, new()
    {
        var service = builder.AddProject<TProject>(name)
            .WithHttpEndpoint(name: "http", isProxied: run.ProxyServices)
            .WithReplicas(run.Replicas)
            .WithReplicasInManifest(run)
            // DCP passes no environment name to a project started without its launch profile: the app host's applies.
            .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithSuiteKeys(keys);
        ServiceInstances.Watch(builder);
        var healthCheck = $"{name}-health";
        var endpoint = service.GetEndpoint("http");
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheck, services => new ServiceHealthCheck(service.Resource, endpoint, services.GetRequiredService<ServiceInstances>()), HealthStatus.Unhealthy, tags: null));
        return service.WithHealthCheck(healthCheck);
    }
}
