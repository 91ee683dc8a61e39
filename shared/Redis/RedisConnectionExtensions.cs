using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Suite.Redis;

public static class RedisConnectionExtensions
{
    /// <summary>The connection from <c>ConnectionStrings:{name}</c> (the app host's Redis resource), its cache and health check.</summary>
    public static IHostApplicationBuilder AddRedisConnection(this IHostApplicationBuilder builder, string name)
    {
        builder.Services.AddSingleton(services => new RedisConnection(services.GetRequiredService<IConfiguration>().GetConnectionString(name) ?? "localhost:6379"));
        builder.Services.AddSingleton<RecordCache>();
        // Without Redis the suite still serves (no cache, events wait in the outbox): degraded, not dead.
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>(name, HealthStatus.Degraded);
        return builder;
    }
}
