using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.ServiceDefaults.Audit;

public static class AuditExtensions
{
    /// <summary>Keeps the audit log in <typeparamref name="TContext"/>'s database (whose model must call <c>AddAudit</c>).</summary>
    public static IHostApplicationBuilder AddAuditTrail<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        builder.Services.AddSingleton<IAuditTrail, AuditTrail<TContext>>();
        builder.Services.AddScoped<AuditScope>();
        builder.Services.AddHostedService<AuditRetention<TContext>>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();
        return builder;
    }
}
