using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Hosting;
using Suite.Redis;

namespace Suite.Events;

/// <summary>
/// Consumes another service's event stream through a consumer group and hands each batch to the subscription's handlers.
/// An entry is acknowledged only after the handler has committed, so a consumer that dies leaves its entries pending:
/// on restart it first re-reads its own pending entries, and it also claims entries that another consumer left pending
/// for a minute (<c>Events:ClaimAfterSeconds</c>; XAUTOCLAIM): each instance of a service is its own consumer of the
/// group, so an instance that died leaves its entries to a live one. The processed-events table applies a claimed
/// entry once even if the dead instance had applied it before it could acknowledge. Consumers of the group idle for an
/// hour with nothing pending (instances gone) are removed from the group. Entries are handed over in batches (up to 500, in stream order) and acknowledged together. The stream
/// may be deleted and made again by someone else: the group is then created anew. An entry that is not an event of
/// the suite (fields missing or unreadable) is logged and acknowledged, so it cannot block the stream.
/// </summary>
public sealed class StreamConsumer(
    RedisConnection redis, IServiceScopeFactory scopes, StreamSubscription subscription, IConfiguration configuration, BackgroundLoopHealth health,
    ILogger<StreamConsumer> logger)
    : BackgroundLoop(health, logger)
{
    private const int BatchSize = 500;
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan GoneAfter = TimeSpan.FromHours(1);
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(5);
    private readonly TimeSpan _staleAfter = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Events:ClaimAfterSeconds", 60)));
    private long _nextSweep;
    private readonly string _stream = subscription.Stream;
    private readonly string _group = subscription.Group;
    private readonly string _consumer = subscription.Consumer;
    private bool _groupReady;

    public override string Name => $"consumer of {_stream} (group {_group})";

    protected override bool IsTransient(Exception exception) => RedisConnection.IsConnectionFault(exception) || base.IsTransient(exception);

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        if (await ConsumeOnceAsync(stoppingToken) == 0)
        {
            await Task.Delay(Idle, stoppingToken);
        }
    }

    protected override Task RecoverAsync()
    {
        // The stream or the group may be gone (deleted by someone else): make sure of it again before the next read.
        _groupReady = false;
        return Task.CompletedTask;
    }

    /// <summary>One pass: own pending entries, then stale ones of other consumers, then new ones. Returns how many were handled.</summary>
    public async Task<int> ConsumeOnceAsync(CancellationToken cancellationToken)
    {
        if (!_groupReady)
        {
            await EnsureGroupAsync();
            _groupReady = true;
        }
        var db = redis.Database;
        var pending = await db.StreamReadGroupAsync(_stream, _group, _consumer, "0", BatchSize);
        var handled = await HandleAllAsync(pending, cancellationToken);
        var claimed = await db.StreamAutoClaimAsync(_stream, _group, _consumer, (long)_staleAfter.TotalMilliseconds, "0-0", BatchSize);
        handled += await HandleAllAsync(claimed.ClaimedEntries, cancellationToken);
        var fresh = await db.StreamReadGroupAsync(_stream, _group, _consumer, ">", BatchSize);
        handled += await HandleAllAsync(fresh, cancellationToken);
        if (Environment.TickCount64 >= _nextSweep)
        {
            _nextSweep = Environment.TickCount64 + (long)SweepEvery.TotalMilliseconds;
            await RemoveGoneConsumersAsync(db);
        }
        return handled;
    }

    // Every restart of an instance is a new consumer; the old names would pile up in the group. One with entries still
    // pending stays until they are claimed.
    private async Task RemoveGoneConsumersAsync(IDatabase db)
    {
        foreach (var consumer in await db.StreamConsumerInfoAsync(_stream, _group))
        {
            if (consumer.Name != _consumer && consumer.PendingMessageCount == 0 && consumer.IdleTimeInMilliseconds > GoneAfter.TotalMilliseconds)
            {
                await db.StreamDeleteConsumerAsync(_stream, _group, consumer.Name);
            }
        }
    }

    private async Task<int> HandleAllAsync(StreamEntry[] entries, CancellationToken cancellationToken)
    {
        if (entries.Length == 0)
        {
            return 0;
        }
        // Entries deleted from the stream while pending come back empty: nothing to apply, only to acknowledge.
        var events = entries.Where(e => !e.IsNull && e.Values is { Length: > 0 }).Select(Parse).OfType<StreamEvent>().ToList();
        foreach (var handler in events.Count > 0 ? subscription.Handlers : [])
        {
            await using var scope = scopes.CreateAsyncScope();
            await ((IStreamEventHandler)scope.ServiceProvider.GetRequiredService(handler)).HandleBatchAsync(events, cancellationToken);
        }
        await redis.Database.StreamAcknowledgeAsync(_stream, _group, entries.Where(e => !e.IsNull).Select(e => e.Id).ToArray());
        EventMetrics.Handled.Add(entries.Length, new KeyValuePair<string, object?>("stream", _stream), new KeyValuePair<string, object?>("group", _group));
        return entries.Length;
    }

    private async Task EnsureGroupAsync()
    {
        try
        {
            // From the start of the stream: a new consumer builds its state from every event still retained.
            await redis.Database.StreamCreateConsumerGroupAsync(_stream, _group, "0-0", createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // The group exists.
        }
    }

    private StreamEvent? Parse(StreamEntry entry)
    {
        var id = entry[EventStreams.EventId];
        var type = entry[EventStreams.Type];
        var occurredAt = entry[EventStreams.OccurredAt];
        var data = entry[EventStreams.Data];
        if (!long.TryParse((string?)id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId) || type.IsNullOrEmpty || data.IsNull
            || !DateTime.TryParse((string?)occurredAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time))
        {
            logger.LogError("Entry {Entry} of {Stream} is not an event of the suite (fields {Fields}); acknowledged without applying it",
                entry.Id, _stream, string.Join(", ", entry.Values.Select(v => (string?)v.Name)));
            return null;
        }
        return new StreamEvent(_stream, entry.Id!, eventId, (string)type!, time, (byte[])data!);
    }
}
