using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Hosting;

namespace Suite.Events;

public static class OutboxExtensions
{
    /// <summary>
    /// Registers the outbox signal, the relay that publishes <typeparamref name="TContext"/>'s outbox to
    /// <paramref name="streamKey"/>, and the trimmer that removes what every reader has acknowledged.
    /// </summary>
    public static IHostApplicationBuilder AddOutboxRelay<TContext>(this IHostApplicationBuilder builder, string streamKey) where TContext : DbContext
    {
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddBackgroundLoop(sp => ActivatorUtilities.CreateInstance<OutboxRelay<TContext>>(sp, streamKey));
        builder.Services.AddBackgroundLoop(sp => ActivatorUtilities.CreateInstance<StreamTrimmer>(sp, streamKey));
        return builder;
    }
}
