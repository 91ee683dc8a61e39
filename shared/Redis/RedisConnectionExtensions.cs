using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Suite.Redis;

public static class RedisConnectionExtensions
{
    /// <summary>
    /// The connection from <c>ConnectionStrings:{name}</c> (the app host's Redis resource) through Aspire's Redis client
    /// integration, the record cache, the limits shared by the service's instances (<see cref="SharedLimits"/>), and the suite's own health check: without Redis the suite still serves (no cache,
    /// events wait in the outbox), degraded, not dead, where Aspire's check would report the service unhealthy.
    /// Its tracing stays off: every stream consumer polls Redis several times a second outside any request, and each
    /// poll would be a trace of its own on the dashboard, burying the calls operators look for (seen: a page of
    /// XREADGROUP and XAUTOCLAIM traces and not one call).
    /// </summary>
    public static IHostApplicationBuilder AddRedisConnection(this IHostApplicationBuilder builder, string name)
    {
        builder.AddRedisClient(name, settings =>
        {
            settings.DisableHealthChecks = true;
            settings.DisableTracing = true;
            if (string.IsNullOrEmpty(settings.ConnectionString))
            {
                settings.ConnectionString = "localhost:6379";
            }
        }, RedisConnection.Configure);
        // Redis away is reported by the health check (Degraded) and by the loops that need it; the multiplexer's own
        // connect and reconnect failures would repeat at error level every few seconds (and at start, before it connects).
        builder.Logging.AddFilter("StackExchange.Redis", LogLevel.Critical);
        builder.Services.AddSingleton(services => new RedisConnection(new Lazy<IConnectionMultiplexer>(services.GetRequiredService<IConnectionMultiplexer>)));
        builder.Services.AddSingleton<RecordCache>();
        builder.Services.AddSingleton<InstanceCaches>();
        builder.Services.AddHostedService(services => services.GetRequiredService<InstanceCaches>());
        builder.Services.AddSingleton(services => new SharedLimits(services.GetRequiredService<RedisConnection>(), services.GetRequiredService<ILogger<SharedLimits>>(),
            builder.Configuration.GetValue("Limits:RedisTimeout", SharedLimits.DefaultCallTimeout)));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(name, HealthStatus.Degraded);
        return builder;
    }
}
