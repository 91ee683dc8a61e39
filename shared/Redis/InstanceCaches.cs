using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Suite.Redis;

/// <summary>
/// What an instance holds in its own memory (the Registry's areas) is dropped on every instance of the service when
/// one of them changes it: the writer drops its own copy and publishes the cache's name on the channel
/// "caches.{service}", and every instance, subscribed to it, drops its copy and reads afresh on the next lookup.
/// Publish and subscribe delivers to those listening at that moment, so an instance drops every cache when its
/// connection to Redis comes back (it may have missed a message), and a cache also keeps a copy only for a while of
/// its own choosing (the bound on staleness while Redis is away). Records cached in Redis itself
/// (<see cref="RecordCache"/>) need none of this: there is one copy for every instance.
/// </summary>
public sealed class InstanceCaches(RedisConnection redis, IHostEnvironment environment, ILogger<InstanceCaches> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Action> _drops = new();
    private RedisChannel Channel => RedisChannel.Literal($"caches.{environment.ApplicationName}");

    /// <summary>Names a cache and how this instance drops it.</summary>
    public void Register(string name, Action drop) => _drops[name] = drop;

    /// <summary>Drops the cache here and on every other instance; call after the change is committed.</summary>
    public async Task DropEverywhereAsync(string name)
    {
        Drop(name);
        try
        {
            await redis.Subscriber.PublishAsync(Channel, name).WaitAsync(RedisConnection.QuickCall);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            logger.LogWarning("The other instances were not told to drop their {Cache} ({Error}); they read afresh when their copy ages out", name, ex.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.OnRestored(DropAll);
        // Redis may be away when the service starts: subscribe as soon as it answers (the subscription then survives reconnects).
        for (var wait = TimeSpan.FromSeconds(1); !stoppingToken.IsCancellationRequested; wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(30).Ticks)))
        {
            try
            {
                await redis.Subscriber.SubscribeAsync(Channel, (_, message) => Drop((string?)message ?? ""));
                // Anything changed before the subscription took hold is not in this instance's copies yet either way.
                DropAll();
                return;
            }
            catch (Exception ex) when (RedisConnection.IsFailure(ex))
            {
                logger.LogDebug("Cache drop channel not subscribed yet: {Error}", ex.Message);
                await Task.Delay(wait, stoppingToken);
            }
        }
    }

    private void Drop(string name)
    {
        if (_drops.TryGetValue(name, out var drop))
        {
            drop();
        }
    }

    private void DropAll()
    {
        foreach (var drop in _drops.Values)
        {
            drop();
        }
    }
}
