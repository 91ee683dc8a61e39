using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.GrpcServer.Errors;
using Suite.Redis;
using Suite.Security.Tokens;

namespace Suite.Security;

/// <summary>
/// Per-caller token buckets (<c>RateLimiting:PermitsPerSecond</c>, <c>RateLimiting:Burst</c>), keyed by the token's
/// subject (or the address for anonymous calls) and shared by every instance of the service in Redis
/// (<see cref="SharedLimits"/>: while Redis is away, each instance holds the caller to a bucket of its own). A refused
/// call answers RESOURCE_EXHAUSTED; health probes are exempt.
/// </summary>
public static class CallerRateLimits
{
    public const string Refusal = "Rate limit exceeded for this caller; slow down.";

    public static IHostApplicationBuilder AddCallerRateLimits(this IHostApplicationBuilder builder)
    {
        var size = new BucketSize(
            Burst: builder.Configuration.GetValue("RateLimiting:Burst", 400),
            PerSecond: builder.Configuration.GetValue<double>("RateLimiting:PermitsPerSecond", 200));
        // The assembly's name, the same in every instance (the app host names each replica apart).
        var prefix = $"limits.rate.{builder.Environment.ApplicationName}.";
        builder.Services.AddSingleton(new CallerBuckets(size, prefix));
        return builder;
    }

    /// <summary>Runs after authentication, so that the bucket is the token's subject's.</summary>
    public static WebApplication UseCallerRateLimits(this WebApplication app)
    {
        var buckets = app.Services.GetRequiredService<CallerBuckets>();
        var limits = app.Services.GetRequiredService<SharedLimits>();
        app.Use(async (context, next) =>
        {
            if (IsHealthProbe(context.Request.Path))
            {
                await next(context);
                return;
            }
            var caller = context.User.FindFirst(SuiteClaims.Subject)?.Value ?? "anonymous:" + context.Connection.RemoteIpAddress;
            if (await limits.TryTakeAsync(buckets.Prefix + caller, buckets.Size))
            {
                await next(context);
                return;
            }
            // A trailers-only gRPC response: HTTP 429 would reach gRPC clients as UNAVAILABLE, which invites retries.
            await GrpcStatusHeaders.WriteAsync(context.Response, StatusCode.ResourceExhausted, Refusal);
        });
        return app;
    }

    private static bool IsHealthProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/alive") || path.StartsWithSegments("/grpc.health.v1.Health");

    private sealed record CallerBuckets(BucketSize Size, string Prefix);
}
