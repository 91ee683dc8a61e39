using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Suite.Events;
using Suite.Hosting;
using Suite.Redis;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests.Events;

/// <summary>
/// The trimmer reads several answers that readers change while it looks (the cause of the Registry stopping itself
/// under a sustained import): every one may be empty, and nothing a reader still needs is ever removed.
/// </summary>
public sealed class StreamTrimmerTests : IAsyncLifetime
{
    private ConnectionMultiplexer _redis = null!;
    private IDatabase _db = null!;
    private StreamTrimmer _trimmer = null!;
    private readonly string _stream = $"test-{Guid.NewGuid():N}.events";

    public async Task InitializeAsync()
    {
        var connection = SharedRedis.Instance.IsolatedConnectionString();
        _redis = await ConnectionMultiplexer.ConnectAsync(connection);
        _db = _redis.GetDatabase();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Events:KeepAcknowledged"] = "0",
        }).Build();
        _trimmer = new StreamTrimmer(RedisConnection.To(connection), _stream, configuration, new BackgroundLoopHealth(TimeProvider.System), NullLogger<StreamTrimmer>.Instance);
    }

    public Task DisposeAsync()
    {
        _redis.Dispose();
        return Task.CompletedTask;
    }

    private Task AddAsync(long from, long to) => new TestStream(_db, _stream).AddRangeAsync(from, to);

    [Fact]
    public async Task A_group_that_delivered_nothing_keeps_everything()
    {
        await AddAsync(1, 5);
        await _db.StreamCreateConsumerGroupAsync(_stream, "idle", "0-0");

        Assert.Equal(0, await _trimmer.TrimAsync());
        Assert.Equal(5, await _db.StreamLengthAsync(_stream));
    }

    [Fact]
    public async Task A_group_with_everything_acknowledged_lets_all_but_the_unread_go()
    {
        await AddAsync(1, 5);
        await _db.StreamCreateConsumerGroupAsync(_stream, "reader", "0-0");
        var read = await _db.StreamReadGroupAsync(_stream, "reader", "r1", ">", count: 3);
        await _db.StreamAcknowledgeAsync(_stream, "reader", [.. read.Select(e => e.Id)]);

        Assert.Equal(4, await _trimmer.TrimAsync());
        Assert.Equal(["0-4", "0-5"], (await _db.StreamRangeAsync(_stream)).Select(e => (string)e.Id!));
    }

    [Fact]
    public async Task Only_what_every_group_acknowledged_goes()
    {
        await AddAsync(1, 4);
        // Reader A acknowledged the first two entries; reader B read three and acknowledged only the first.
        await _db.StreamCreateConsumerGroupAsync(_stream, "reader-a", "0-0");
        await _db.StreamCreateConsumerGroupAsync(_stream, "reader-b", "0-0");
        var a = await _db.StreamReadGroupAsync(_stream, "reader-a", "a1", ">", count: 2);
        await _db.StreamAcknowledgeAsync(_stream, "reader-a", [.. a.Select(e => e.Id)]);
        var b = await _db.StreamReadGroupAsync(_stream, "reader-b", "b1", ">", count: 3);
        await _db.StreamAcknowledgeAsync(_stream, "reader-b", b[0].Id);

        await _trimmer.TrimAsync();
        Assert.Equal(["0-2", "0-3", "0-4"], (await _db.StreamRangeAsync(_stream)).Select(e => (string)e.Id!)); // B still needs the second

        await _db.StreamAcknowledgeAsync(_stream, "reader-b", [b[1].Id, b[2].Id]);
        await _trimmer.TrimAsync();
        Assert.Equal(["0-3", "0-4"], (await _db.StreamRangeAsync(_stream)).Select(e => (string)e.Id!)); // A has not read the third
    }

    [Fact]
    public async Task Entries_acknowledged_while_it_looks_never_fail_it_nor_lose_an_unacknowledged_entry()
    {
        await AddAsync(1, 400);
        await _db.StreamCreateConsumerGroupAsync(_stream, "busy", "0-0");
        var acknowledged = 0L;
        var reader = Task.Run(async () =>
        {
            // One entry at a time: read, then acknowledge, so the pending count flips between 1 and 0 all the time.
            while (true)
            {
                var entries = await _db.StreamReadGroupAsync(_stream, "busy", "b1", ">", count: 1);
                if (entries.Length == 0)
                {
                    return;
                }
                // Counted before it is acknowledged: the count is never behind what Redis holds as acknowledged.
                Interlocked.Exchange(ref acknowledged, long.Parse(((string)entries[0].Id!)[2..], System.Globalization.CultureInfo.InvariantCulture));
                await _db.StreamAcknowledgeAsync(_stream, "busy", entries[0].Id);
            }
        });
        while (!reader.IsCompleted)
        {
            var seenAcknowledged = Interlocked.Read(ref acknowledged);
            var kept = await _trimmer.TrimAsync();
            // What was trimmed was acknowledged by then; the entry after the last acknowledged one is still there.
            Assert.True(kept == 0 || kept <= Interlocked.Read(ref acknowledged) + 1, $"trimmed up to {kept} with {seenAcknowledged} acknowledged");
        }
        await reader;
        Assert.Equal(401, await _trimmer.TrimAsync());
        Assert.Equal(0, await _db.StreamLengthAsync(_stream));
    }

    [Fact]
    public async Task A_stream_deleted_or_trimmed_by_someone_else_is_not_a_fault()
    {
        Assert.Equal(0, await _trimmer.TrimAsync());
        await AddAsync(1, 3);
        await _db.StreamCreateConsumerGroupAsync(_stream, "reader", "0-0");
        var read = await _db.StreamReadGroupAsync(_stream, "reader", "r1", ">", count: 3);

        await _db.StreamTrimAsync(_stream, 0);
        Assert.Equal(0, await _trimmer.TrimAsync());
        await _db.StreamAcknowledgeAsync(_stream, "reader", [.. read.Select(e => e.Id)]);
        Assert.Equal(4, await _trimmer.TrimAsync());

        await _db.KeyDeleteAsync(_stream);
        Assert.Equal(0, await _trimmer.TrimAsync());
    }

    [Fact]
    public async Task Entries_with_ids_the_relay_does_not_write_are_left_alone()
    {
        await _db.StreamAddAsync(_stream, "a", "b");
        await _db.StreamCreateConsumerGroupAsync(_stream, "reader", "0-0");
        var read = await _db.StreamReadGroupAsync(_stream, "reader", "r1", ">");
        await _db.StreamAcknowledgeAsync(_stream, "reader", [.. read.Select(e => e.Id)]);

        Assert.Equal(0, await _trimmer.TrimAsync());
        Assert.Equal(1, await _db.StreamLengthAsync(_stream));
    }
}
