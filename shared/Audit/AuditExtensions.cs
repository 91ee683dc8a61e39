using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Hosting;

namespace Suite.Audit;

public static class AuditExtensions
{
    /// <summary>
    /// Keeps the audit log in <typeparamref name="TContext"/>'s database (whose model must call <c>AddAudit</c>) and
    /// records every call of an RPC marked <see cref="AuditedAttribute"/>.
    /// </summary>
    public static IHostApplicationBuilder AddAuditTrail<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.AddSingleton<AuditKey>();
        builder.Services.AddSingleton<AuditCheckpoints<TContext>>();
        builder.Services.AddSingleton<AuditQueue>();
        builder.Services.AddSingleton<IAuditTrail, AuditTrail<TContext>>();
        builder.Services.AddBackgroundLoop<AuditWriter<TContext>>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<Suite.Persistence.IWriteRecorder, InboxWriteRecorder>();
        builder.Services.AddBackgroundLoop<AuditRetention<TContext>>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        builder.Services.AddSingleton<Suite.GrpcServer.Errors.IRefusedCallRecorder, AuditingRefusedCallRecorder>();
        // Outermost: the record holds the status the caller receives, after the error mapping.
        builder.Services.Configure<GrpcServiceOptions>(options =>
        {
            options.Interceptors.Add<AuditInterceptor>();
            var audit = options.Interceptors[^1];
            options.Interceptors.RemoveAt(options.Interceptors.Count - 1);
            options.Interceptors.Insert(0, audit);
        });
        return builder;
    }

    /// <summary>The audit API over this service's log (query and verify, for auditors).</summary>
    public static WebApplication MapAuditTrail(this WebApplication app)
    {
        app.MapGrpcService<AuditGrpcService>();
        return app;
    }
}
