using Google.Protobuf;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Suite.Redis;

/// <summary>
/// Read-through cache of single records as protobuf bytes in Redis. Every Redis failure is logged and treated as a
/// miss: the database stays the source of truth and the service keeps working without Redis. A Redis that hangs
/// (connected, not answering) costs one short wait (<see cref="RedisConnection.QuickCall"/>), after which the cache is skipped for
/// <see cref="PauseAfterFailure"/>, so calls do not each wait out a timeout.
/// </summary>
public sealed class RecordCache(RedisConnection redis, ILogger<RecordCache> logger)
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);
    private long _pausedUntil;

    private bool Paused => Environment.TickCount64 < Interlocked.Read(ref _pausedUntil);

    public async Task<T?> GetAsync<T>(string key, MessageParser<T> parser) where T : IMessage<T>
    {
        if (Paused)
        {
            return default;
        }
        try
        {
            var value = await redis.Database.StringGetAsync(key).WaitAsync(RedisConnection.QuickCall);
            return value.HasValue ? parser.ParseFrom((byte[])value!) : default;
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            Failed(ex, "read", key);
            return default;
        }
    }

    public async Task SetAsync(string key, IMessage value)
    {
        if (Paused)
        {
            return;
        }
        try
        {
            await redis.Database.StringSetAsync(key, value.ToByteArray(), TimeToLive).WaitAsync(RedisConnection.QuickCall);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            Failed(ex, "write", key);
        }
    }

    /// <summary>Drops records after a write, in one round trip. If Redis is unreachable the entries expire by their time-to-live.</summary>
    public async Task RemoveAsync(params string[] keys)
    {
        try
        {
            // Sent even while paused: the command waits on the connection and runs when Redis answers again.
            await redis.Database.KeyDeleteAsync([.. keys.Select(k => (RedisKey)k)]).WaitAsync(RedisConnection.QuickCall);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            logger.LogWarning("Cache invalidation of {Keys} failed: {Error}", string.Join(", ", keys), ex.Message);
            Interlocked.Exchange(ref _pausedUntil, Environment.TickCount64 + (long)PauseAfterFailure.TotalMilliseconds);
        }
    }

    private void Failed(Exception ex, string what, string key)
    {
        Interlocked.Exchange(ref _pausedUntil, Environment.TickCount64 + (long)PauseAfterFailure.TotalMilliseconds);
        logger.LogDebug("Cache {What} of {Key} skipped, cache paused for {Pause}: {Error}", what, key, PauseAfterFailure, ex.Message);
    }
}
