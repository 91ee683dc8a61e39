using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Suite.Hosting;
using Suite.Redis;

namespace Suite.Events;

/// <summary>
/// Keeps a service's event stream from growing without end, without ever dropping an entry a reader still needs:
/// every minute (<c>Events:TrimSeconds</c>) it removes the entries that every consumer group has acknowledged (below
/// each group's oldest pending entry, or past its last delivered one), keeping the newest <c>Events:KeepAcknowledged</c>
/// (10,000) anyway for a reader that joins late. With no consumer group yet, nothing is removed. The database's
/// outbox rows stay the record of every event; a new reader that needs older events is filled from the service itself.
/// Readers acknowledge, join and leave while it looks, and anyone may delete the stream: every answer may be empty,
/// and whatever cannot be read is taken as "still needed".
/// </summary>
public sealed class StreamTrimmer(RedisConnection redis, string streamKey, IConfiguration configuration, BackgroundLoopHealth health, ILogger<StreamTrimmer> logger)
    : BackgroundLoop(health, logger)
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Events:TrimSeconds", 60)));
    private readonly long _keep = Math.Max(0, configuration.GetValue("Events:KeepAcknowledged", 10_000L));

    public override string Name => $"trimmer of {streamKey}";

    protected override bool IsTransient(Exception exception) => RedisConnection.IsConnectionFault(exception) || base.IsTransient(exception);

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(_interval, stoppingToken);
        await TrimAsync();
    }

    /// <summary>Removes what every group has acknowledged (less the kept tail); returns the lowest id kept, or 0 when nothing was trimmed.</summary>
    public async Task<long> TrimAsync()
    {
        var db = redis.Database;
        var (exists, groups) = await IfStreamExistsAsync(() => db.StreamGroupInfoAsync(streamKey));
        if (!exists || groups.Length == 0)
        {
            return 0;
        }
        var safe = long.MaxValue;
        foreach (var group in groups)
        {
            safe = Math.Min(safe, await FirstNeededAsync(db, group));
        }
        (exists, var info) = await IfStreamExistsAsync(() => db.StreamInfoAsync(streamKey));
        if (!exists || !TrySequence(info.LastGeneratedId, out var last))
        {
            return 0;
        }
        var minId = Math.Min(safe, last - _keep + 1);
        if (minId <= 1)
        {
            return 0;
        }
        var removed = (long)await db.ExecuteAsync("XTRIM", streamKey, "MINID", $"0-{minId.ToString(CultureInfo.InvariantCulture)}");
        if (removed > 0)
        {
            logger.LogInformation("Trimmed {Count} acknowledged entries from {Stream}; the oldest kept is 0-{MinId}", removed, streamKey, minId);
        }
        return minId;
    }

    // The first entry a group may still read: its oldest pending entry, else the one after its last delivered. The
    // pending summary is one call, so a consumer that acknowledged after XINFO shows as nothing pending; a group that
    // delivered nothing has "0-0"; a group deleted meanwhile needs nothing. An id this trimmer cannot read keeps all.
    private async Task<long> FirstNeededAsync(IDatabase db, StreamGroupInfo group)
    {
        if (!TrySequence(group.LastDeliveredId, out var delivered))
        {
            return 1;
        }
        StreamPendingInfo pending;
        try
        {
            pending = await db.StreamPendingAsync(streamKey, group.Name);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
        {
            return long.MaxValue;
        }
        if (pending.PendingMessageCount == 0 || pending.LowestPendingMessageId.IsNull)
        {
            return delivered + 1;
        }
        return TrySequence(pending.LowestPendingMessageId, out var lowest) ? Math.Min(lowest, delivered + 1) : 1;
    }

    private static async Task<(bool Exists, T Answer)> IfStreamExistsAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return (true, await read());
        }
        catch (RedisServerException ex) when (ex.Message.Contains("no such key", StringComparison.OrdinalIgnoreCase))
        {
            return (false, default!);
        }
    }

    // The relay writes entry ids as "0-{outbox row id}": the sequence part orders them. Any other id is not ours to order.
    private static bool TrySequence(RedisValue id, out long sequence)
    {
        sequence = 0;
        var text = id.IsNull ? "" : (string?)id ?? "";
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        return dash == 1 && text[0] == '0' && long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }
}
