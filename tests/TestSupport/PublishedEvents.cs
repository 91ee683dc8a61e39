using System.Globalization;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Events;

namespace Suite.TestSupport;

/// <summary>The integration events a service's outbox relay has put on its Redis stream, read as a consumer would.</summary>
public static class PublishedEvents
{
    /// <summary>Waits until a matching event is on the stream, and returns it.</summary>
    public static async Task<StreamEvent> FindAsync(string connectionString, string stream, string type, Func<StreamEvent, bool> match)
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync(connectionString);
        return await Eventually.Until(async () =>
        {
            var entries = await redis.GetDatabase().StreamRangeAsync(stream);
            return entries
                .Select(e => new StreamEvent(stream, e.Id!, long.Parse((string)e[EventStreams.EventId]!, CultureInfo.InvariantCulture), (string)e[EventStreams.Type]!, DateTime.UtcNow, (byte[])e[EventStreams.Data]!))
                .FirstOrDefault(e => e.Type == type && match(e));
        });
    }
}
