using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;
using Suite.Contracts;

namespace Suite.Redis;

public static class RedisConnectionExtensions
{
    public static IHostApplicationBuilder AddRedisConnection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RedisConnection>();
        builder.Services.AddSingleton<RecordCache>();
        // Without Redis the suite still serves (no cache, events wait in the outbox): degraded, not dead.
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(ResourceNames.Cache, HealthStatus.Degraded);
        return builder;
    }
}
