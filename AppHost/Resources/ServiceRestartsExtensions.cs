using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.AppHost.Resources;

public static class ServiceRestartsExtensions
{
    /// <summary>
    /// Restarts a service instance that died (<see cref="ServiceRestarts"/>), while the app host runs (not when
    /// publishing). A resource waiting for one (<c>WaitFor</c>) then waits for it to come back rather than failing.
    /// </summary>
    public static void RestartServicesThatDie(this IDistributedApplicationBuilder builder, SuiteRunOptions run)
    {
        if (run.IsPublishing)
        {
            return;
        }
        builder.Services.Configure<ResourceNotificationServiceOptions>(options => options.DefaultWaitBehavior = WaitBehavior.WaitOnResourceUnavailable);
        builder.Eventing.Subscribe<BeforeStartEvent>((e, cancellationToken) =>
        {
            var services = e.Services;
            var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
            var restarts = new ServiceRestarts(services.GetRequiredService<ResourceNotificationService>(), services.GetRequiredService<ResourceCommandService>(),
                lifetime, services.GetRequiredService<ILogger<ServiceRestarts>>());
            _ = restarts.WatchAsync(lifetime.ApplicationStopping);
            return Task.CompletedTask;
        });
    }
}
