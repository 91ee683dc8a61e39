using StackExchange.Redis;

namespace Suite.Redis;

/// <summary>
/// Work that one instance of a service does at a time (the outbox relay, the need referrals): a lease in Redis, held
/// by the instance that took it and renewed by it every iteration, lost when it stops renewing (it died, hangs or
/// lost Redis), then taken by another instance within <see cref="Duration"/>. The lease saves the instances from doing
/// the work side by side; it is not what keeps the work correct: that is the database's own guards (the relay's
/// stream ids that cannot go back, the concurrency token of a woman's row), so when Redis cannot be asked every
/// instance works as if it held the lease.
/// </summary>
public sealed class InstanceLease(RedisConnection redis, string key, TimeSpan duration)
{
    private static readonly LuaScript TakeOrRenew = LuaScript.Prepare("""
        local holder = redis.call('GET', @key)
        if holder == @me then
          redis.call('PEXPIRE', @key, @ms)
          return 1
        end
        if not holder then
          redis.call('SET', @key, @me, 'PX', @ms)
          return 1
        end
        return 0
        """);
    private static readonly LuaScript ReleaseIfMine = LuaScript.Prepare("""
        if redis.call('GET', @key) == @me then
          return redis.call('DEL', @key)
        end
        return 0
        """);

    /// <summary>This instance's name as a lease holder: host, process and a random part (a restarted process is another holder).</summary>
    public static readonly string Me = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    public TimeSpan Duration => duration;

    public string Key => key;

    /// <summary>Takes the lease or renews it; false while another instance holds it. True when Redis cannot be asked.</summary>
    public async Task<bool> HoldAsync()
    {
        try
        {
            var held = await redis.Database.ScriptEvaluateAsync(TakeOrRenew, new { key = (RedisKey)key, me = Me, ms = (long)duration.TotalMilliseconds })
                .WaitAsync(RedisConnection.QuickCall);
            return (long)held == 1;
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            return true;
        }
    }

    /// <summary>Gives the lease up when this instance stops, so another takes it over at once.</summary>
    public async Task ReleaseAsync()
    {
        try
        {
            await redis.Database.ScriptEvaluateAsync(ReleaseIfMine, new { key = (RedisKey)key, me = Me }).WaitAsync(RedisConnection.QuickCall);
        }
        catch (Exception ex) when (RedisConnection.IsFailure(ex))
        {
            // It expires by itself.
        }
    }
}
