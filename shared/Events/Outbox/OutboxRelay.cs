using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Hosting;
using Suite.Redis;

namespace Suite.Events;

/// <summary>
/// Publishes outbox rows to the service's Redis stream, oldest first, until each succeeds. While Redis is
/// down rows wait and the relay retries with back-off. Each entry's stream id is <c>0-{row id}</c>: if the
/// relay dies between XADD and marking the row, the re-sent XADD is refused by Redis as not newer than the
/// top entry, so nothing is published twice. A failed batch is retried by <see cref="BackgroundLoop"/>.
/// <para>With several instances of the service, one relays at a time: the holder of the lease
/// "outbox.lease.{stream}" (<see cref="InstanceLease"/>, <c>Events:LeaseSeconds</c>, 10 s); when it dies another takes
/// the lease and the rows still waiting. The others look again every third of the lease. Should two ever relay
/// together (the lease lapsed under a long batch, Redis away), the stream ids above still publish each event once.</para>
/// </summary>
public sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes, RedisConnection redis, OutboxSignal signal, string streamKey, IConfiguration configuration, BackgroundLoopHealth health,
    ILogger<OutboxRelay<TContext>> logger)
    : BackgroundLoop(health, logger) where TContext : DbContext
{
    private readonly InstanceLease _lease = new(redis, $"outbox.lease.{streamKey}", TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Events:LeaseSeconds", 10))));

    private const int BatchSize = 1000;
    // The four columns the stream entry needs, untracked, through one compiled query (no change tracking, no per-call query lookup).
    private static readonly Func<TContext, IAsyncEnumerable<PendingEvent>> OldestUnpublished = EF.CompileAsyncQuery((TContext db) =>
        db.Set<OutboxMessage>().Where(m => m.PublishedAt == null).OrderBy(m => m.Id).Take(BatchSize)
            .Select(m => new PendingEvent(m.Id, m.EventType, m.OccurredAt, m.Payload)));
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public override string Name => $"outbox relay to {streamKey}";

    protected override bool IsTransient(Exception exception) => RedisConnection.IsConnectionFault(exception) || base.IsTransient(exception);

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        if (!await _lease.HoldAsync())
        {
            await Task.Delay(_lease.Duration / 3, stoppingToken);
            return;
        }
        // A full batch means more are waiting: go on at once; otherwise wait for a commit's signal or the poll.
        if (await PublishBatchAsync(stoppingToken) < BatchSize)
        {
            await signal.WaitAsync(PollInterval, stoppingToken);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await _lease.ReleaseAsync();
    }

    /// <summary>Publishes up to one batch; returns how many rows were published.</summary>
    public async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var pending = new List<PendingEvent>(BatchSize);
        await foreach (var message in OldestUnpublished(db).WithCancellation(cancellationToken))
        {
            pending.Add(message);
        }
        if (pending.Count == 0)
        {
            return 0;
        }

        // The whole batch goes out pipelined (one round trip), in id order on one connection. Redis applies the
        // commands in that order, so what succeeded is a prefix of the batch: only that prefix is marked published.
        var sends = pending.Select(PublishAsync).ToList();
        var published = new List<long>(pending.Count);
        Exception? failure = null;
        for (var i = 0; i < sends.Count; i++)
        {
            try
            {
                await sends[i];
                if (failure is null)
                {
                    published.Add(pending[i].Id);
                }
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                failure ??= ex;
            }
        }
        if (published.Count > 0)
        {
            // The id range bounds the update to the batch's rows by primary key; the list makes it exact.
            var now = DateTime.UtcNow;
            var (first, last) = (published[0], published[^1]);
            await db.Set<OutboxMessage>().Where(m => m.Id >= first && m.Id <= last && published.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, now), CancellationToken.None);
        }
        if (failure is not null)
        {
            await db.Set<OutboxMessage>().Where(m => m.Id == pending[published.Count].Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
            throw failure;
        }
        EventMetrics.Published.Add(published.Count);
        return published.Count;
    }

    private async Task PublishAsync(PendingEvent message)
    {
        NameValueEntry[] fields =
        [
            new(EventStreams.EventId, message.Id.ToString(CultureInfo.InvariantCulture)),
            new(EventStreams.Type, message.EventType),
            new(EventStreams.OccurredAt, DateTime.SpecifyKind(message.OccurredAt, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture)),
            new(EventStreams.Data, message.Payload),
        ];
        try
        {
            await redis.Database.StreamAddAsync(streamKey, fields, messageId: $"0-{message.Id}");
        }
        catch (RedisServerException ex) when (ex.Message.Contains("equal or smaller", StringComparison.Ordinal))
        {
            // Published before the relay could record it; the stream already holds this event.
            logger.LogInformation("Outbox event {Id} was already on {Stream}", message.Id, streamKey);
        }
    }

    private sealed record PendingEvent(long Id, string EventType, DateTime OccurredAt, byte[] Payload);
}
