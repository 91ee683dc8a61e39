using Microsoft.Data.Sqlite;
using StackExchange.Redis;
using Suite.Contracts;

namespace Suite.Registry.FunctionalTests;

/// <summary>A Registry with a Redis of its own (persistent, as in production), which the test stops and restarts.</summary>
public sealed class OwnRedisRegistryFactory() : RegistryFactory(new RedisServer(persistent: true))
{
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Redis.Dispose();
    }
}

public sealed class OutboxTests(OwnRedisRegistryFactory registry) : IClassFixture<OwnRedisRegistryFactory>
{
    [Fact]
    public async Task Events_wait_in_the_outbox_while_Redis_is_down_and_are_relayed_once_when_it_returns()
    {
        // No needs on the forms: the need-referral loop would add its referrals' events to the outbox meanwhile.
        var quiet = SampleForms.Woman();
        quiet.Needs.Clear();
        var before = await registry.Women.CreateWomanAsync(SampleForms.Create(quiet));
        await WaitUntil(() => EventsFor(before.Id) == 1);

        Woman during;
        registry.Redis.Stop();
        try
        {
            // The write is accepted and readable without Redis (no cache), its event waits in the outbox.
            var form = SampleForms.Woman();
            form.Needs.Clear();
            form.Health = HealthStatus.SeriousIllness;
            during = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
            Assert.Equal(during.Id, (await registry.Women.GetWomanAsync(new GetWomanRequest { Id = during.Id })).Id);
            Assert.Equal(2, UnpublishedRows());
        }
        finally
        {
            registry.Redis.Start();
        }

        await WaitUntil(() => UnpublishedRows() == 0);
        Assert.Equal(1, EventsOfType(WomanPriorityFlagged.Descriptor.FullName));
        Assert.Equal(1, EventsFor(during.Id));
        Assert.Equal(1, EventsFor(before.Id));
    }

    [Fact]
    public async Task A_re_sent_event_is_refused_by_the_stream_so_nothing_is_published_twice()
    {
        // No needs on her form: the need-referral loop would publish her referral meanwhile and lengthen the stream.
        var form = SampleForms.Woman();
        form.Needs.Clear();
        var woman = await registry.Women.CreateWomanAsync(SampleForms.Create(form));
        await WaitUntil(() => UnpublishedRows() == 0);
        var length = StreamLength();

        // Simulate a relay that died after XADD but before marking its rows published.
        using (var connection = new SqliteConnection($"Data Source={registry.DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE OutboxMessages SET PublishedAt = NULL";
            command.ExecuteNonQuery();
        }
        await WaitUntil(() => UnpublishedRows() == 0);
        Assert.Equal(length, StreamLength());
        Assert.Equal(1, EventsFor(woman.Id));
    }

    private int EventsFor(long womanId) =>
        ReadStream().Count(e => e.Type == WomanRegistered.Descriptor.FullName && WomanRegistered.Parser.ParseFrom(e.Data).WomanId == womanId);

    private int EventsOfType(string type) => ReadStream().Count(e => e.Type == type);

    private long StreamLength()
    {
        using var redis = ConnectionMultiplexer.Connect(registry.CacheConnectionString);
        return redis.GetDatabase().StreamLength(EventStreams.Registry);
    }

    private List<(string Type, byte[] Data)> ReadStream()
    {
        using var redis = ConnectionMultiplexer.Connect(registry.CacheConnectionString);
        return redis.GetDatabase().StreamRange(EventStreams.Registry)
            .Select(e => ((string)e[EventStreams.Type]!, (byte[])e[EventStreams.Data]!))
            .ToList();
    }

    private long UnpublishedRows()
    {
        using var connection = new SqliteConnection($"Data Source={registry.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE PublishedAt IS NULL";
        return (long)command.ExecuteScalar()!;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached within 60 s");
            await Task.Delay(100);
        }
    }
}
