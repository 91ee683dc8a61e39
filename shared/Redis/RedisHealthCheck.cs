using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.Redis;

/// <summary>Pings Redis; a failure is reported with the registration's failure status (Degraded).</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.Database.PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis does not answer: " + ex.GetType().Name);
        }
    }
}
