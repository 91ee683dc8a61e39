using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Events;
using Suite.Redis;

namespace Suite.Registry.FunctionalTests;

/// <summary>The event stream is trimmed of what every consumer group acknowledged, and of nothing a group still needs.</summary>
public sealed class StreamTrimTests(RegistryFactory registry) : IClassFixture<RegistryFactory>
{
    [Fact]
    public async Task Only_entries_every_group_acknowledged_are_removed()
    {
        for (var i = 0; i < 4; i++)
        {
            await registry.Women.CreateWomanAsync(SampleForms.Create());
        }
        using var redis = await ConnectionMultiplexer.ConnectAsync(registry.CacheConnectionString);
        var db = redis.GetDatabase();
        await Eventually.Until(async () => await db.StreamLengthAsync(EventStreams.Registry) >= 4 ? "" : null);
        var entries = await db.StreamRangeAsync(EventStreams.Registry);
        var trimmer = new StreamTrimmer(registry.Services.GetRequiredService<RedisConnection>(), EventStreams.Registry,
            new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Events:KeepAcknowledged"] = "0" }).Build(), NullLogger<StreamTrimmer>.Instance);

        // No reader yet: nothing is removed.
        Assert.Equal(0, await trimmer.TrimAsync());
        Assert.Equal(entries.Length, await db.StreamLengthAsync(EventStreams.Registry));

        // Reader A acknowledged the first two entries; reader B read three and acknowledged only the first.
        await db.StreamCreateConsumerGroupAsync(EventStreams.Registry, "reader-a", "0");
        await db.StreamCreateConsumerGroupAsync(EventStreams.Registry, "reader-b", "0");
        var a = await db.StreamReadGroupAsync(EventStreams.Registry, "reader-a", "a1", ">", count: 2);
        await db.StreamAcknowledgeAsync(EventStreams.Registry, "reader-a", [.. a.Select(e => e.Id)]);
        var b = await db.StreamReadGroupAsync(EventStreams.Registry, "reader-b", "b1", ">", count: 3);
        await db.StreamAcknowledgeAsync(EventStreams.Registry, "reader-b", b[0].Id);

        await trimmer.TrimAsync();
        var kept = await db.StreamRangeAsync(EventStreams.Registry);
        Assert.Equal(entries[1].Id, kept[0].Id); // B still needs the second entry
        Assert.Equal(entries.Skip(1).Select(e => e.Id), kept.Select(e => e.Id));

        // Once B acknowledged too, the entries both groups are past go.
        await db.StreamAcknowledgeAsync(EventStreams.Registry, "reader-b", [b[1].Id, b[2].Id]);
        await trimmer.TrimAsync();
        Assert.Equal(entries[2].Id, (await db.StreamRangeAsync(EventStreams.Registry))[0].Id); // A has not read the third
    }
}
