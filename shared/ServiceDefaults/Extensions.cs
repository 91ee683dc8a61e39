using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.ServiceDefaults.Diagnostics;
using Suite.ServiceDefaults.Errors;
using Suite.ServiceDefaults.Health;
using Suite.ServiceDefaults.Telemetry;

namespace Suite.ServiceDefaults;

/// <summary>The two calls every service makes: <see cref="AddServiceDefaults"/> and <see cref="MapDefaultEndpoints"/>.</summary>
public static class Extensions
{
    /// <summary>Largest gRPC message a service accepts or sends: 4 MiB (bulk data goes through streaming RPCs).</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<ErrorMappingInterceptor>();
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
            options.EnableDetailedErrors = false;
        });
        builder.Services.AddGrpcReflection();

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseInvalidArgumentForUndecodableRequests();
        app.MapHealthEndpoints();
        app.MapGrpcService<DiagnosticsGrpcService>();
        // Reflection lets grpcurl and the suite CLI list the API; operators can switch it off.
        if (app.Configuration.GetValue("Grpc:EnableReflection", true))
        {
            app.MapGrpcReflectionService();
        }
        return app;
    }
}
