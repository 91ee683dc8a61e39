using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.AppHost.Resources;

public static class RedisServerExtensions
{
    /// <summary>
    /// redis-server on a loopback port, its append-only file under {data}/{name} so that event streams survive a
    /// restart; healthy once it answers PING, so <c>WaitFor(cache)</c> means ready. A published deployment uses the
    /// operator's Redis instead: the connection string <c>ConnectionStrings:{name}</c> (host:port[,password=…]).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddRedisServer(this IDistributedApplicationBuilder builder, string name, SuiteRunOptions run)
    {
        if (run.IsPublishing)
        {
            return builder.AddConnectionString(name);
        }
        var directory = Path.Combine(run.DataDirectory, name);
        Directory.CreateDirectory(directory);
        var redis = new RedisServerResource(name, directory);
        var healthCheck = $"{name}-ping";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            healthCheck, _ => new RedisPingHealthCheck(redis.PrimaryEndpoint), HealthStatus.Unhealthy, tags: null));

        // Not proxied: every cache read and event crosses this connection, and a proxy hop would add to each.
        return builder.AddResource(redis)
            .WithEndpoint(name: RedisServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                context.Args.Add("--port");
                context.Args.Add(redis.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("--bind");
                context.Args.Add("127.0.0.1");
                context.Args.Add("--dir");
                context.Args.Add(directory);
                context.Args.Add("--appendonly");
                context.Args.Add("yes");
                context.Args.Add("--save");
                context.Args.Add("");
            })
            .WithHealthCheck(healthCheck)
            .WithIconName("Database");
    }
}
