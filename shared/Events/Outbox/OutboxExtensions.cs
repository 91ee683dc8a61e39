using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.Redis;

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
        builder.Services.AddSingleton(sp => new OutboxRelay<TContext>(
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<RedisConnection>(),
            sp.GetRequiredService<OutboxSignal>(),
            streamKey,
            sp.GetRequiredService<ILogger<OutboxRelay<TContext>>>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay<TContext>>());
        builder.Services.AddSingleton(sp => new StreamTrimmer(
            sp.GetRequiredService<RedisConnection>(), streamKey, sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), sp.GetRequiredService<ILogger<StreamTrimmer>>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StreamTrimmer>());
        return builder;
    }
}
