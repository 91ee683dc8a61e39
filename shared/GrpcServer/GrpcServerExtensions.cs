using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.GrpcServer.Diagnostics;
using Suite.GrpcServer.Errors;

namespace Suite.GrpcServer;

/// <summary>The two calls every service makes after the service defaults: <see cref="AddGrpcServer"/> and <see cref="MapGrpcServerEndpoints"/>.</summary>
public static class GrpcServerExtensions
{
    /// <summary>Largest gRPC message a service accepts or sends: 4 MiB (bulk data goes through streaming RPCs).</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    public static TBuilder AddGrpcServer<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<ErrorMappingInterceptor>();
            options.MaxReceiveMessageSize = MaxMessageBytes;
            options.MaxSendMessageSize = MaxMessageBytes;
            options.EnableDetailedErrors = false;
        });
        builder.Services.AddGrpcReflection();
        return builder;
    }

    public static WebApplication MapGrpcServerEndpoints(this WebApplication app)
    {
        app.UseInvalidArgumentForUndecodableRequests();
        app.MapGrpcService<DiagnosticsGrpcService>();
        // Reflection lets grpcurl and the suite CLI list the API; operators can switch it off.
        if (app.Configuration.GetValue("Grpc:EnableReflection", true))
        {
            app.MapGrpcReflectionService();
        }
        return app;
    }
}
