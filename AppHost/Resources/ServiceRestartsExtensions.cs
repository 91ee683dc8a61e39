using Microsoft.Extensions.DependencyInjection;

namespace Suite.AppHost.Resources;

public static class ServiceRestartsExtensions
{
    /// <summary>Restarts a service that died (<see cref="ServiceRestarts"/>), while the app host runs (not when publishing).</summary>
    public static void RestartServicesThatDie(this IDistributedApplicationBuilder builder, SuiteRunOptions run)
    {
        if (!run.IsPublishing)
        {
            builder.Services.AddHostedService<ServiceRestarts>();
        }
    }
}
