using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Suite.ServiceDefaults.Telemetry;

/// <summary>Traces, metrics and logs through OpenTelemetry; exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
public static class TelemetryExtensions
{
    /// <summary>Activity source and meter name prefix of the suite's own instrumentation.</summary>
    public const string SourceName = "Suite";

    public static IHostApplicationBuilder ConfigureOpenTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        // Warnings and errors on stderr: the app host's terminal shows only those of each resource (the dashboard
        // has every line), and a supervisor that splits the streams finds them apart.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Warning);
        // A degraded check (a database still migrating at start, Redis away) shows on /health and the dashboard; the
        // log keeps the unhealthy ones.
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService", LogLevel.Error);

        // The service name comes from OTEL_SERVICE_NAME, which the app host sets to the resource name.
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(SourceName + ".*"))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName, SourceName + ".*")
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthProbe(context))
                .AddHttpClientInstrumentation()
                // Database spans (one per command, its SQL text without parameter values) under the call that ran them.
                .AddEntityFrameworkCoreInstrumentation(options => options.Filter = (_, _) => UnderAnotherSpan()));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
        return builder;
    }

    // A database command with no span above it is a background loop's poll (the outbox relay asks every second): each
    // would be a trace of its own and bury the calls on the dashboard. Work a loop does under its own span is kept.
    private static bool UnderAnotherSpan()
    {
        for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
        {
            if (activity.Source.Name != "OpenTelemetry.Instrumentation.EntityFrameworkCore")
            {
                return true;
            }
        }
        return false;
    }

    // Probes arrive every few seconds; tracing them would bury the real requests.
    private static bool IsHealthProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health")
        || context.Request.Path.StartsWithSegments("/alive")
        || context.Request.Path.StartsWithSegments("/grpc.health.v1.Health");
}
