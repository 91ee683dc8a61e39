using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Hosting;

namespace Suite.Events;

public static class StreamConsumerExtensions
{
    /// <summary>
    /// Reads <paramref name="stream"/> as consumer group <paramref name="group"/> (the reading service's name) and hands
    /// its events to <typeparamref name="THandler"/> (scoped, one per batch). Several handlers of one stream share one
    /// consumer and one group: each batch goes to each in turn, and each records what it applied under its own key.
    /// The consumer's name within the group is <c>Events:ConsumerName</c>, by default "{group}@{host}:{process}": each
    /// instance of the service is a consumer of its own, so instances share the group's entries between them.
    /// </summary>
    public static IHostApplicationBuilder AddStreamConsumer<THandler>(this IHostApplicationBuilder builder, string stream, string group)
        where THandler : class, IStreamEventHandler
    {
        builder.Services.AddScoped<THandler>();
        var subscriptions = builder.Services.Where(d => d.ServiceType == typeof(StreamSubscription)).Select(d => (StreamSubscription)d.ImplementationInstance!);
        if (subscriptions.FirstOrDefault(s => s.Stream == stream && s.Group == group) is { } existing)
        {
            existing.Handlers.Add(typeof(THandler));
            return builder;
        }
        var consumer = builder.Configuration["Events:ConsumerName"] is { Length: > 0 } name ? name : $"{group}@{Environment.MachineName}:{Environment.ProcessId}";
        var subscription = new StreamSubscription(stream, group, consumer);
        subscription.Handlers.Add(typeof(THandler));
        builder.Services.AddSingleton(subscription);
        builder.Services.AddBackgroundLoopInstance(sp => ActivatorUtilities.CreateInstance<StreamConsumer>(sp, subscription));
        return builder;
    }
}
