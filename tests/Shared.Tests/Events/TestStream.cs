using System.Collections.Concurrent;
using System.Globalization;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Events;

namespace Suite.Shared.Tests.Events;

/// <summary>A stream of a test, written as the outbox relay writes one ("0-{id}" and the four fields), and what a consumer applied of it.</summary>
public sealed class TestStream(IDatabase db, string name)
{
    public string Name => name;

    public Task AddAsync(long id) => db.StreamAddAsync(name,
    [
        new(EventStreams.EventId, id.ToString(CultureInfo.InvariantCulture)),
        new(EventStreams.Type, "suite.test.v1.Happened"),
        new(EventStreams.OccurredAt, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
        new(EventStreams.Data, new byte[] { 1, 2, 3 }),
    ], messageId: $"0-{id}");

    public async Task AddRangeAsync(long from, long to)
    {
        for (var id = from; id <= to; id++)
        {
            await AddAsync(id);
        }
    }

    /// <summary>The group's pending entries; -1 before the group exists.</summary>
    public async Task<long> PendingAsync(string group)
    {
        try
        {
            return (await db.StreamPendingAsync(name, group)).PendingMessageCount;
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            return -1;
        }
    }
}

/// <summary>The events a <see cref="RecordingHandler"/> applied, in order.</summary>
public sealed class AppliedEvents
{
    public ConcurrentQueue<StreamEvent> Events { get; } = new();

    /// <summary>The handler throws for this many batches first (a database that is away).</summary>
    public int FailBatches;

    public IReadOnlyList<long> Ids => [.. Events.Select(e => e.EventId)];
}

public sealed class RecordingHandler(AppliedEvents applied) : IStreamEventHandler
{
    public Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        if (Interlocked.Decrement(ref applied.FailBatches) >= 0)
        {
            throw new TimeoutException("the database does not answer");
        }
        foreach (var e in events)
        {
            applied.Events.Enqueue(e);
        }
        return Task.CompletedTask;
    }
}
