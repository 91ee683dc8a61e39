using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Hosting;

namespace Suite.Events;

public static class StreamConsumerExtensions
{
    /// <summary>
    /// Reads <paramref name="stream"/> as consumer group <paramref name="group"/> (the reading service's name) and applies
    /// its events with <typeparamref name="THandler"/> (scoped, one per batch). The consumer's name within the group is
    /// <c>Events:ConsumerName</c>, by default "{group}-1".
    /// </summary>
    public static IHostApplicationBuilder AddStreamConsumer<THandler>(this IHostApplicationBuilder builder, string stream, string group)
        where THandler : class, IStreamEventHandler
    {
        var consumer = builder.Configuration["Events:ConsumerName"] is { Length: > 0 } name ? name : $"{group}-1";
        builder.Services.AddScoped<THandler>();
        builder.Services.AddSingleton(new StreamSubscription<THandler>(stream, group, consumer));
        builder.Services.AddBackgroundLoop<StreamConsumer<THandler>>();
        return builder;
    }
}
