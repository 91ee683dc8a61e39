using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.Hosting;

public static class BackgroundLoopExtensions
{
    /// <summary>
    /// Runs <typeparamref name="TLoop"/> as a hosted service (also resolvable as itself, for tests and for callers that
    /// wake it), with the <c>background-loops</c> health check reporting it: Degraded while it keeps failing.
    /// </summary>
    public static IServiceCollection AddBackgroundLoop<TLoop>(this IServiceCollection services, Func<IServiceProvider, TLoop>? create = null)
        where TLoop : BackgroundLoop
    {
        AddLoopHealth(services);
        if (create is null)
        {
            services.AddSingleton<TLoop>();
        }
        else
        {
            services.AddSingleton(create);
        }
        services.AddHostedService(sp => sp.GetRequiredService<TLoop>());
        return services;
    }

    /// <summary>
    /// Runs one more instance of a loop type (a stream consumer per subscription), with the same health check. Apart
    /// from <see cref="AddBackgroundLoop{TLoop}"/> by name: that one registers the type once, so a second instance
    /// would replace the first.
    /// </summary>
    public static IServiceCollection AddBackgroundLoopInstance(this IServiceCollection services, Func<IServiceProvider, BackgroundLoop> create)
    {
        AddLoopHealth(services);
        services.AddSingleton<Microsoft.Extensions.Hosting.IHostedService>(create);
        return services;
    }

    private static void AddLoopHealth(IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(BackgroundLoopHealth)))
        {
            services.TryAddSingleton(TimeProvider.System);
            services.AddSingleton<BackgroundLoopHealth>();
            services.AddHealthChecks().AddCheck<BackgroundLoopHealth>(BackgroundLoopHealth.CheckName, HealthStatus.Degraded);
        }
    }
}
