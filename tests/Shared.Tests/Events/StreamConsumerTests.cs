using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Events;
using Suite.Hosting;
using Suite.Redis;
using Suite.Shared.Tests.Hosting;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests.Events;

/// <summary>The stream consumer against what can break it: a stream deleted or trimmed by someone else, a foreign entry, Redis away and back.</summary>
public sealed class StreamConsumerTests
{
    private const string Group = "reader";

    private static LoopHost Consumer(string redis, string stream, AppliedEvents applied) => new(host =>
    {
        host.Services.AddSingleton(applied);
        host.Services.AddSingleton(RedisConnection.To(redis));
        host.AddStreamConsumer<RecordingHandler>(stream, Group);
    });

    private static async Task<(ConnectionMultiplexer Redis, TestStream Stream, string ConnectionString)> StreamAsync(RedisServer? server = null)
    {
        var connectionString = (server ?? SharedRedis.Instance).IsolatedConnectionString();
        var redis = await ConnectionMultiplexer.ConnectAsync(connectionString);
        return (redis, new TestStream(redis.GetDatabase(), $"test-{Guid.NewGuid():N}.events"), connectionString);
    }

    [Fact]
    public async Task A_stream_deleted_and_made_again_by_someone_else_is_read_again_from_its_start()
    {
        var (redis, stream, connection) = await StreamAsync();
        using var _ = redis;
        var applied = new AppliedEvents();
        await using var host = Consumer(connection, stream.Name, applied);
        await host.StartAsync();
        await stream.AddRangeAsync(1, 3);
        await Eventually.Until(async () => applied.Ids.Count == 3 ? "" : null);

        await redis.GetDatabase().KeyDeleteAsync(stream.Name);
        await stream.AddRangeAsync(4, 5);

        await Eventually.Until(async () => applied.Ids.Count == 5 ? "" : null);
        Assert.Equal([1, 2, 3, 4, 5], applied.Ids);
        Assert.False(host.Stopping);
        Assert.Empty(host.Log.Errors);
    }

    [Fact]
    public async Task An_entry_that_is_not_an_event_is_acknowledged_and_does_not_block_the_stream()
    {
        var (redis, stream, connection) = await StreamAsync();
        using var _ = redis;
        var applied = new AppliedEvents();
        await using var host = Consumer(connection, stream.Name, applied);
        await stream.AddAsync(1);
        await redis.GetDatabase().StreamAddAsync(stream.Name, "something", "else", messageId: "0-2");
        await redis.GetDatabase().StreamAddAsync(stream.Name, EventStreams.EventId, "not a number", messageId: "0-3");
        await stream.AddAsync(4);
        await host.StartAsync();

        await Eventually.Until(async () => applied.Ids.Count == 2 && await stream.PendingAsync(Group) == 0 ? "" : null);
        Assert.Equal([1, 4], applied.Ids);
        Assert.Equal(2, host.Log.Errors.Count(l => l.Message.Contains("is not an event of the suite", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Entries_trimmed_away_while_pending_are_acknowledged_and_the_rest_applied()
    {
        var (redis, stream, connection) = await StreamAsync();
        using var _ = redis;
        var applied = new AppliedEvents { FailBatches = int.MaxValue };
        await using var host = Consumer(connection, stream.Name, applied);
        await stream.AddRangeAsync(1, 3);
        await host.StartAsync();
        // The first batch failed: its entries wait as pending. Someone trims the stream under them.
        await Eventually.Until(async () => await stream.PendingAsync(Group) == 3 ? "" : null);
        await redis.GetDatabase().StreamTrimAsync(stream.Name, 0);
        await stream.AddAsync(4);
        Interlocked.Exchange(ref applied.FailBatches, 0);

        await Eventually.Until(async () => applied.Ids.Contains(4) && await stream.PendingAsync(Group) == 0 ? "" : null);
        Assert.Equal([4], applied.Ids);
        await Eventually.Until(async () => (await host.HealthAsync()).Status == HealthStatus.Healthy ? "" : null);
    }

    [Fact]
    public async Task Redis_away_shows_as_degraded_and_reading_resumes_when_it_is_back()
    {
        using var server = new RedisServer(persistent: true);
        var (redis, stream, connection) = await StreamAsync(server);
        using var _ = redis;
        var applied = new AppliedEvents();
        await using var host = Consumer(connection, stream.Name, applied);
        await host.StartAsync();
        await stream.AddRangeAsync(1, 2);
        await Eventually.Until(async () => applied.Ids.Count == 2 ? "" : null);

        server.Stop();
        await Eventually.Until(async () => (await host.HealthAsync()).Entries[BackgroundLoopHealth.CheckName].Status == HealthStatus.Degraded ? "" : null);
        Assert.False(host.Stopping);
        server.Start();
        await stream.AddRangeAsync(3, 4);

        await Eventually.Until(async () => applied.Ids.Count == 4 ? "" : null);
        Assert.Equal([1, 2, 3, 4], applied.Ids);
        await Eventually.Until(async () => (await host.HealthAsync()).Status == HealthStatus.Healthy ? "" : null);
    }
}
