using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Suite.Redis;

/// <summary>How many calls a bucket holds (<see cref="Burst"/>) and how fast it fills again.</summary>
public readonly record struct BucketSize(int Burst, double PerSecond);

/// <summary>
/// Limits that hold across every instance of a service: token buckets and day counters kept in Redis, each call one
/// round trip (a Lua script, sent as EVALSHA once Redis knows it). The buckets fill by Redis's own clock (TIME), since
/// the instances' clocks differ. A Redis that is away or hangs costs one short wait (<see cref="DefaultCallTimeout"/>);
/// then, for <see cref="PauseAfterFailure"/> or until the late answer comes, each instance limits on its own
/// (<see cref="LocalLimits"/>), so a call never fails or waits long because of Redis: a caller is held to a bucket per
/// instance, and a day count goes on from the last count this instance had from Redis (docs/security.md, "Limits").
/// </summary>
public sealed class SharedLimits(RedisConnection redis, ILogger<SharedLimits> logger)
{
    /// <summary>How long a call waits for Redis (<c>Limits:RedisTimeout</c>) before it counts on this instance alone.</summary>
    public static readonly TimeSpan DefaultCallTimeout = RedisConnection.QuickCall;
    public static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(5);

    // State: tokens left and when they were counted (Redis microseconds, written with %d: Lua's own number text keeps
    // 14 digits and a time in microseconds has 16). The key lives as long as the bucket takes to fill, after which a
    // missing key (a full bucket) says the same. Redis 7 replicates a script's effects, so TIME is allowed in it.
    private static readonly LuaScript TakeScript = LuaScript.Prepare("""
        local now = redis.call('TIME')
        local at = tonumber(now[1]) * 1000000 + tonumber(now[2])
        local burst = tonumber(@burst)
        local perMicrosecond = tonumber(@perSecond) / 1000000
        local state = redis.call('HMGET', @key, 'tokens', 'at')
        local tokens = tonumber(state[1])
        if tokens == nil then
          tokens = burst
        elseif at > tonumber(state[2]) then
          tokens = math.min(burst, tokens + (at - tonumber(state[2])) * perMicrosecond)
        else
          at = tonumber(state[2])
        end
        local taken = 0
        if tokens >= 1 then
          tokens = tokens - 1
          taken = 1
        end
        redis.call('HSET', @key, 'tokens', tostring(tokens), 'at', string.format('%d', at))
        redis.call('PEXPIRE', @key, string.format('%d', math.ceil((burst - tokens) / perMicrosecond / 1000) + 1000))
        return taken
        """);

    // The expiry only clears the key away: the day is in the key, so the count is right whichever clock ends it.
    private static readonly LuaScript CountScript = LuaScript.Prepare("""
        local count = redis.call('INCR', @key)
        if count == 1 then
          redis.call('PEXPIRE', @key, @keepForMilliseconds)
        end
        return count
        """);

    private readonly LocalLimits _local = new();
    private readonly TimeSpan _callTimeout = DefaultCallTimeout;
    private long _pausedUntil;

    public SharedLimits(RedisConnection redis, ILogger<SharedLimits> logger, TimeSpan callTimeout) : this(redis, logger)
    {
        _callTimeout = callTimeout;
    }

    private bool Paused => Environment.TickCount64 < Interlocked.Read(ref _pausedUntil);

    /// <summary>Takes one call from the key's bucket; false when it is empty.</summary>
    public async ValueTask<bool> TryTakeAsync(string key, BucketSize size)
    {
        if (size.Burst < 1 || size.PerSecond <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "A bucket holds at least one call and fills at a positive rate.");
        }
        return await EvaluateAsync(TakeScript, new { key = (RedisKey)key, burst = size.Burst, perSecond = size.PerSecond }, key) is { } taken
            ? (long)taken == 1
            : _local.TryTake(key, size);
    }

    /// <summary>
    /// Adds one to the key's count and returns the count; the key is dropped after <paramref name="keepFor"/>. For a
    /// count per day, put the day in the key and keep it at least until the day ends.
    /// </summary>
    public async ValueTask<long> CountAsync(string key, TimeSpan keepFor)
    {
        if (await EvaluateAsync(CountScript, new { key = (RedisKey)key, keepForMilliseconds = (long)Math.Ceiling(keepFor.TotalMilliseconds) }, key) is { } counted)
        {
            _local.Saw(key, (long)counted, keepFor);
            return (long)counted;
        }
        return _local.Count(key, keepFor);
    }

    /// <summary>The script's answer, or null when Redis did not give one in time (or is paused after such a failure).</summary>
    private async ValueTask<RedisResult?> EvaluateAsync(LuaScript script, object parameters, string key)
    {
        if (Paused)
        {
            return null;
        }
        Task<RedisResult>? pending = null;
        try
        {
            pending = script.EvaluateAsync(redis.Database, parameters);
            return await pending.WaitAsync(_callTimeout);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            Interlocked.Exchange(ref _pausedUntil, Environment.TickCount64 + (long)PauseAfterFailure.TotalMilliseconds);
            logger.LogWarning("Shared limit {Key} counted on this instance alone for up to {Pause}: {Error}", key, PauseAfterFailure, ex.Message);
            // An answer that comes late ends the pause: Redis was slow that once (a cold start, a busy moment), not hung.
            pending?.ContinueWith(late =>
            {
                if (late.IsCompletedSuccessfully)
                {
                    Interlocked.Exchange(ref _pausedUntil, 0);
                }
                return late.Exception; // observed, so a late failure is not reported as unobserved
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return null;
        }
    }
}
