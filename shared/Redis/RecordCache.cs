using Google.Protobuf;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Suite.Redis;

/// <summary>
/// Read-through cache of single records as protobuf bytes in Redis. Every Redis failure is logged and
/// treated as a miss: the database stays the source of truth and the service keeps working without Redis.
/// </summary>
public sealed class RecordCache(RedisConnection redis, ILogger<RecordCache> logger)
{
    private static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    public async Task<T?> GetAsync<T>(string key, MessageParser<T> parser) where T : IMessage<T>
    {
        try
        {
            var value = await redis.Database.StringGetAsync(key);
            return value.HasValue ? parser.ParseFrom((byte[])value!) : default;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogDebug("Cache read of {Key} skipped: {Error}", key, ex.Message);
            return default;
        }
    }

    public async Task SetAsync(string key, IMessage value)
    {
        try
        {
            await redis.Database.StringSetAsync(key, value.ToByteArray(), TimeToLive);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogDebug("Cache write of {Key} skipped: {Error}", key, ex.Message);
        }
    }

    /// <summary>Drops records after a write, in one round trip. If Redis is unreachable the entries expire by their time-to-live.</summary>
    public async Task RemoveAsync(params string[] keys)
    {
        try
        {
            await redis.Database.KeyDeleteAsync([.. keys.Select(k => (RedisKey)k)]);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning("Cache invalidation of {Keys} failed: {Error}", string.Join(", ", keys), ex.Message);
        }
    }
}
