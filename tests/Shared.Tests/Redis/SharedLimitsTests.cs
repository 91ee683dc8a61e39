using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Suite.Redis;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests.Redis;

/// <summary>
/// The limits two instances of a service count together on one Redis (each instance has its own connection), and
/// what each counts alone while Redis is away.
/// </summary>
public sealed class SharedLimitsTests
{
    // One call a quarter of an hour: nothing refills while a test runs.
    private static readonly BucketSize ThreeThenWait = new(Burst: 3, PerSecond: 1.0 / 900);

    private static SharedLimits Instance(string connectionString) => new(RedisConnection.To(connectionString), NullLogger<SharedLimits>.Instance);

    private static string Key() => $"limits.test.{Guid.NewGuid():N}";

    [Fact]
    public async Task A_bucket_is_emptied_by_the_calls_to_both_instances()
    {
        var redis = SharedRedis.Instance.IsolatedConnectionString();
        var (first, second) = (Instance(redis), Instance(redis));
        var key = Key();

        var taken = new List<bool>();
        foreach (var instance in new[] { first, second, first, second, first })
        {
            taken.Add(await instance.TryTakeAsync(key, ThreeThenWait));
        }

        Assert.Equal([true, true, true, false, false], taken);
        Assert.True(await second.TryTakeAsync(Key(), ThreeThenWait)); // another caller's bucket is full

        // Kept until it would be full again (3 calls at one per 900 s), no longer.
        using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.InRange(ttl!.Value, TimeSpan.FromSeconds(2000), TimeSpan.FromSeconds(2701));
    }

    [Fact]
    public async Task An_emptied_bucket_fills_again_by_redis_time()
    {
        var redis = SharedRedis.Instance.IsolatedConnectionString();
        var (first, second) = (Instance(redis), Instance(redis));
        var key = Key();
        var twoThenFourASecond = new BucketSize(Burst: 2, PerSecond: 4);
        Assert.True(await first.TryTakeAsync(key, twoThenFourASecond));
        Assert.True(await second.TryTakeAsync(key, twoThenFourASecond));

        await Task.Delay(TimeSpan.FromMilliseconds(600)); // a token comes every 250 ms

        Assert.True(await first.TryTakeAsync(key, twoThenFourASecond));
    }

    [Fact]
    public async Task A_count_goes_on_across_instances_and_is_dropped_after_its_time()
    {
        var redis = SharedRedis.Instance.IsolatedConnectionString();
        var (first, second) = (Instance(redis), Instance(redis));
        var key = Key();

        Assert.Equal(1, await first.CountAsync(key, TimeSpan.FromHours(3)));
        Assert.Equal(2, await second.CountAsync(key, TimeSpan.FromHours(3)));
        Assert.Equal(3, await first.CountAsync(key, TimeSpan.FromHours(3)));
        Assert.Equal(1, await second.CountAsync(Key(), TimeSpan.FromHours(3)));

        using var connection = await ConnectionMultiplexer.ConnectAsync(redis);
        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.InRange(ttl!.Value, TimeSpan.FromHours(2), TimeSpan.FromHours(3));
    }

    [Fact]
    public async Task With_redis_gone_an_instance_limits_alone_and_counts_on_from_what_redis_last_said()
    {
        using var server = new RedisServer();
        var limits = Instance(server.ConnectionString);
        var (bucket, count) = (Key(), Key());
        Assert.True(await limits.TryTakeAsync(bucket, ThreeThenWait));
        Assert.Equal(1, await limits.CountAsync(count, TimeSpan.FromHours(1)));
        Assert.Equal(2, await limits.CountAsync(count, TimeSpan.FromHours(1)));

        server.Stop();

        // The instance's own bucket is full (it never saw the shared one), and it empties.
        var taken = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            taken.Add(await limits.TryTakeAsync(bucket, ThreeThenWait));
        }
        Assert.Equal([true, true, true, false], taken);
        Assert.Equal(3, await limits.CountAsync(count, TimeSpan.FromHours(1)));
        Assert.Equal(1, await limits.CountAsync(Key(), TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task A_hung_redis_is_waited_for_once_and_then_limited_alone()
    {
        using var server = new RedisServer();
        var limits = Instance(server.ConnectionString);
        var key = Key();
        Assert.True(await limits.TryTakeAsync(key, ThreeThenWait));
        server.Pause();
        try
        {
            var taken = new List<bool>();
            for (var i = 0; i < 4; i++)
            {
                taken.Add(await limits.TryTakeAsync(key, ThreeThenWait));
            }
            Assert.Equal([true, true, true, false], taken);
            Assert.Equal(1, await limits.CountAsync(Key(), TimeSpan.FromHours(1)));
        }
        finally
        {
            server.Resume();
        }
    }

    [Fact]
    public async Task A_redis_never_reached_limits_alone()
    {
        var limits = Instance($"127.0.0.1:{RedisServer.FreePort()}");
        var key = Key();

        var taken = new List<bool>();
        for (var i = 0; i < 4; i++)
        {
            taken.Add(await limits.TryTakeAsync(key, ThreeThenWait));
        }

        Assert.Equal([true, true, true, false], taken);
        Assert.Equal(1, await limits.CountAsync(key, TimeSpan.FromHours(1)));
    }
}
