using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Suite.Contracts;
using Suite.Events;

namespace Suite.Casework;

public static class ReferralExtensions
{
    /// <summary>
    /// This service takes part in referrals as <paramref name="service"/>: the desk, and a handler of referral events on
    /// every other service's stream (joining the service's consumer of that stream where it has one). The woman of a
    /// referral is read from the Registry unless the service registered its own <see cref="IReferralWomen"/> first.
    /// Its model must call <c>AddReferrals</c>; it must publish through an outbox relay.
    /// </summary>
    public static IHostApplicationBuilder AddReferrals<TContext>(this IHostApplicationBuilder builder, string service) where TContext : DbContext
    {
        builder.Services.Configure<ReferralOptions>(builder.Configuration.GetSection("Referrals"));
        builder.Services.PostConfigure<ReferralOptions>(o => o.Service = service);
        builder.Services.TryAddScoped<IReferralWomen, RegistryReferralWomen>();
        builder.Services.AddSingleton<ReferralFactory>();
        builder.Services.AddScoped<ReferralDesk<TContext>>();
        builder.Services.AddScoped<IWomanRecordSource, ReferralRecordSource<TContext>>();
        foreach (var other in EventStreams.Services.Where(s => s != service))
        {
            builder.AddStreamConsumer<ReferralEventHandler<TContext>>(EventStreams.Of(other), service);
        }
        return builder;
    }

    /// <summary>The referral API (<c>suite.common.v1.ReferralService</c>).</summary>
    public static WebApplication MapReferrals<TContext>(this WebApplication app) where TContext : DbContext
    {
        app.MapGrpcService<ReferralGrpcService<TContext>>();
        return app;
    }
}
