using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Redis;

namespace Suite.Events;

public static class OutboxExtensions
{
    /// <summary>Registers the outbox signal and the relay that publishes <typeparamref name="TContext"/>'s outbox to <paramref name="streamKey"/>.</summary>
    public static IHostApplicationBuilder AddOutboxRelay<TContext>(this IHostApplicationBuilder builder, string streamKey) where TContext : DbContext
    {
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton(sp => new OutboxRelay<TContext>(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<OutboxSignal>(),
            streamKey,
            sp.GetRequiredService<ILogger<OutboxRelay<TContext>>>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay<TContext>>());
        return builder;
    }
}
