using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Security.Tokens;

namespace Suite.Security;

/// <summary>
/// Per-caller token buckets (<c>RateLimiting:PermitsPerSecond</c>, <c>RateLimiting:Burst</c>), keyed by the token's
/// subject (or the address for anonymous calls). A refused call answers RESOURCE_EXHAUSTED; health probes are exempt.
/// </summary>
public static class CallerRateLimits
{
    public static IHostApplicationBuilder AddCallerRateLimits(this IHostApplicationBuilder builder)
    {
        var perSecond = builder.Configuration.GetValue("RateLimiting:PermitsPerSecond", 200);
        var burst = builder.Configuration.GetValue("RateLimiting:Burst", 400);
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (IsHealthProbe(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("health");
                }
                var caller = context.User.FindFirst(SuiteClaims.Subject)?.Value ?? "anonymous:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(caller, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.OnRejected = (context, _) =>
            {
                // A trailers-only gRPC response: HTTP 429 would reach gRPC clients as UNAVAILABLE, which invites retries.
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = "application/grpc";
                response.Headers["grpc-status"] = "8";
                response.Headers["grpc-message"] = "Rate limit exceeded for this caller; slow down.";
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    public static WebApplication UseCallerRateLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive") || path.StartsWithSegments("/grpc.health.v1.Health");
}
