using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using Suite.Redis;

namespace Suite.Events;

/// <summary>
/// Keeps a service's event stream from growing without end, without ever dropping an entry a reader still needs:
/// every minute (<c>Events:TrimSeconds</c>) it removes the entries that every consumer group has acknowledged (below
/// each group's oldest pending entry, or past its last delivered one), keeping the newest <c>Events:KeepAcknowledged</c>
/// (10,000) anyway for a reader that joins late. With no consumer group yet, nothing is removed. The database's
/// outbox rows stay the record of every event; a new reader that needs older events is filled from the service itself.
/// </summary>
public sealed class StreamTrimmer(RedisConnection redis, string streamKey, IConfiguration configuration, ILogger<StreamTrimmer> logger) : BackgroundService
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Events:TrimSeconds", 60)));
    private readonly long _keep = Math.Max(0, configuration.GetValue("Events:KeepAcknowledged", 10_000L));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_interval, stoppingToken);
                await TrimAsync();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                logger.LogDebug("Trimming {Stream} skipped: {Error}", streamKey, ex.Message);
            }
        }
    }

    /// <summary>Removes what every group has acknowledged (less the kept tail); returns the lowest id kept, or 0 when nothing was trimmed.</summary>
    public async Task<long> TrimAsync()
    {
        var db = redis.Database;
        if (!await db.KeyExistsAsync(streamKey))
        {
            return 0;
        }
        var groups = await db.StreamGroupInfoAsync(streamKey);
        if (groups.Length == 0)
        {
            return 0;
        }
        var safe = long.MaxValue;
        foreach (var group in groups)
        {
            var firstNeeded = group.PendingMessageCount > 0
                ? Sequence((await db.StreamPendingAsync(streamKey, group.Name)).LowestPendingMessageId)
                : Sequence(group.LastDeliveredId) + 1;
            safe = Math.Min(safe, firstNeeded);
        }
        var last = Sequence((await db.StreamInfoAsync(streamKey)).LastGeneratedId);
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

    // The relay writes entry ids as "0-{outbox row id}": the sequence part orders them.
    private static long Sequence(RedisValue id) => long.Parse(((string)id!).Split('-')[1], CultureInfo.InvariantCulture);
}
