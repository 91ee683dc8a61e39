using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Redis;

namespace Suite.Events;

/// <summary>
/// Consumes another service's event stream through a consumer group. An entry is acknowledged only after
/// <see cref="HandleAsync"/> has committed, so a consumer that dies leaves its entries pending: on restart it first
/// re-reads its own pending entries, and it also claims entries that another consumer left pending for a minute.
/// Handlers must be idempotent (on the event id): an entry may be delivered again. Entries are handed over in
/// batches (up to 500, in stream order) so a handler can apply them in one transaction, and acknowledged together.
/// </summary>
public abstract class StreamConsumer(RedisConnection redis, string stream, string group, string consumer, ILogger logger) : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    /// <summary>Applies the events, in order, and commits; the entries are acknowledged after it returns.</summary>
    protected abstract Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        var groupReady = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!groupReady)
                {
                    await EnsureGroupAsync();
                    groupReady = true;
                }
                var handled = await ConsumeOnceAsync(stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
                if (handled == 0)
                {
                    await Task.Delay(Idle, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Consumer {Consumer} of {Stream} paused for {Delay}: {Error}", consumer, stream, backoff, ex.Message);
                await Task.Delay(backoff, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
    }

    /// <summary>One pass: own pending entries, then stale ones of other consumers, then new ones. Returns how many were handled.</summary>
    public async Task<int> ConsumeOnceAsync(CancellationToken cancellationToken)
    {
        var db = redis.Database;
        var pending = await db.StreamReadGroupAsync(stream, group, consumer, "0", BatchSize);
        var handled = await HandleAllAsync(pending, cancellationToken);
        var claimed = await db.StreamAutoClaimAsync(stream, group, consumer, (long)StaleAfter.TotalMilliseconds, "0-0", BatchSize);
        handled += await HandleAllAsync(claimed.ClaimedEntries, cancellationToken);
        var fresh = await db.StreamReadGroupAsync(stream, group, consumer, ">", BatchSize);
        return handled + await HandleAllAsync(fresh, cancellationToken);
    }

    private async Task<int> HandleAllAsync(StreamEntry[] entries, CancellationToken cancellationToken)
    {
        if (entries.Length == 0)
        {
            return 0;
        }
        // Entries deleted from the stream while pending come back empty: nothing to apply, only to acknowledge.
        var events = entries.Where(e => !e.IsNull && e.Values is { Length: > 0 }).Select(Parse).ToList();
        if (events.Count > 0)
        {
            await HandleBatchAsync(events, cancellationToken);
        }
        await redis.Database.StreamAcknowledgeAsync(stream, group, entries.Where(e => !e.IsNull).Select(e => e.Id).ToArray());
        return entries.Length;
    }

    private async Task EnsureGroupAsync()
    {
        try
        {
            // From the start of the stream: a new consumer builds its state from every event still retained.
            await redis.Database.StreamCreateConsumerGroupAsync(stream, group, "0-0", createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.Contains("BUSYGROUP", StringComparison.Ordinal))
        {
            // The group exists.
        }
    }

    private StreamEvent Parse(StreamEntry entry) => new(
        stream,
        entry.Id!,
        long.Parse((string)entry[EventStreams.EventId]!, CultureInfo.InvariantCulture),
        (string)entry[EventStreams.Type]!,
        DateTime.Parse((string)entry[EventStreams.OccurredAt]!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        (byte[])entry[EventStreams.Data]!);
}
