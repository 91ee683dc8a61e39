using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Hosting;
using Suite.Persistence;

namespace Suite.Audit;

/// <summary>
/// The one writer of a service's audit chain, as a hosted loop: each record links to the one before it. Group commit:
/// records that arrive while a write is under way are chained and written together in the next transaction, and each
/// caller's append completes only once its record is committed, so an audited call never answers before its record is
/// durable, yet concurrent calls share one commit. Records committed to the inbox (in the transaction of the change
/// they record) are chained when the writer is woken, at start-up, every 2 s while some could not be chained yet, and
/// every <see cref="InboxSweep"/> anyway (another instance of the service may have died leaving rows there).
/// When the service stops, the queue is written out before the writer ends.
/// <para>Several instances of a service write one chain: each group is chained inside a transaction that only one
/// writer of the database holds at a time (<see cref="ExclusiveWrites"/>), and the record it links to is read inside
/// that transaction, so two instances never link to the same record (no fork) and the ids follow the links (no gap).
/// The inbox is read in that transaction too, so a row two instances both see is chained by the first only.</para>
/// </summary>
public sealed class AuditWriter<TContext>(
    IServiceScopeFactory scopes, AuditQueue queue, AuditKey key, AuditCheckpoints<TContext> checkpoints, IConfiguration configuration,
    BackgroundLoopHealth health, ILogger<AuditWriter<TContext>> logger)
    : BackgroundLoop(health, logger) where TContext : DbContext
{
    private const int MaxGroup = 500;
    private static readonly TimeSpan InboxRetry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan InboxSweep = TimeSpan.FromSeconds(10);
    private const string ChainLock = "audit-chain";
    private readonly int _checkpointRecords = Math.Max(1, configuration.GetValue("Audit:CheckpointRecords", 1000));
    private readonly TimeSpan _checkpointInterval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Audit:CheckpointSeconds", 60)));
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(AuditEntry Entry, TaskCompletionSource Written)> _group = new(MaxGroup);
    private int _sinceCheckpoint;
    private DateTime _lastCheckpoint = DateTime.MinValue;
    // Set until the inbox was found empty: rows a stopped process left are chained as soon as the database answers.
    private bool _inboxPending = true;
    private long _lastSweep = Environment.TickCount64;
    private AuditWriterConnection<TContext>? _connection;

    public override string Name => "audit writer";

    // A failure is retried soon: callers wait for their records, and a caller is told within seconds that its record
    // could not be written, not after a long back-off.
    protected override TimeSpan FirstRetry => TimeSpan.FromMilliseconds(250);

    protected override TimeSpan LongestRetry => InboxRetry;

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        // The inbox first (at start-up, after a wake-up, after a failure), but a failed drain does not hold up the callers.
        var failure = _inboxPending ? await FailureOf(DrainInboxAsync) : null;
        if (!await NextAsync())
        {
            // Completed and written out: the service is stopping.
            _drained.TrySetResult();
            await Task.Delay(Timeout.Infinite, stoppingToken);
            return;
        }
        while (_group.Count < MaxGroup && queue.Reader.TryRead(out var item))
        {
            if (item.Entry is null)
            {
                // A wake-up comes after the rows it announces were committed: drain in the next iteration.
                _inboxPending = true;
            }
            else
            {
                _group.Add((item.Entry, item.Written!));
            }
        }
        if (_group.Count > 0)
        {
            try
            {
                await WriteAsync(_group.Select(g => g.Entry).ToList());
                _group.ForEach(g => g.Written.SetResult());
            }
            catch (Exception ex)
            {
                // The callers learn their records were not written (they answer UNAVAILABLE); the writer goes on.
                _group.ForEach(g => g.Written.SetException(ex));
                failure ??= ex;
            }
            finally
            {
                _group.Clear();
            }
        }
        if (failure is not null)
        {
            throw failure;
        }
    }

    private static async Task<Exception?> FailureOf(Func<Task> step)
    {
        try
        {
            await step();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    // Waits for records; while the inbox holds records not chained yet, returns every few seconds to try again. Does not
    // end with the stopping token: the queue is completed in StopAsync, and what it holds is written first.
    private async Task<bool> NextAsync()
    {
        if (Environment.TickCount64 - _lastSweep > (long)InboxSweep.TotalMilliseconds)
        {
            (_inboxPending, _lastSweep) = (true, Environment.TickCount64);
        }
        using var retry = new CancellationTokenSource(_inboxPending ? InboxRetry : InboxSweep);
        try
        {
            return await queue.Reader.WaitToReadAsync(retry.Token);
        }
        catch (OperationCanceledException) when (retry.IsCancellationRequested)
        {
            _inboxPending = true;
            return true;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (ExecuteTask is { IsCompleted: false })
        {
            await Task.WhenAny(_drained.Task, ExecuteTask, Task.Delay(Timeout.Infinite, cancellationToken));
        }
        await base.StopAsync(cancellationToken);
        await CloseConnectionAsync();
    }

    protected override async Task RecoverAsync()
    {
        // Reopen the connection: the failed group was not written.
        await CloseConnectionAsync();
    }

    /// <summary>Chains the records waiting in the inbox, deleting each in the transaction that chains it.</summary>
    private async Task DrainInboxAsync()
    {
        while (await WriteAsync(null) > 0)
        {
        }
        _inboxPending = false;
    }

    private async Task CloseConnectionAsync()
    {
        try
        {
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
        }
        catch (Exception)
        {
            // Closing a connection that already failed may fail too; the next group opens a new one either way.
        }
        _connection = null;
    }

    /// <summary>
    /// Chains and commits <paramref name="entries"/>, or (when null) up to a group of the inbox's rows, read and deleted
    /// in the same transaction. Returns how many records were written.
    /// </summary>
    private async Task<int> WriteAsync(List<AuditEntry>? entries)
    {
        var connection = _connection ??= await AuditWriterConnection<TContext>.OpenAsync(scopes);
        var db = connection.Db;
        AuditEntry head;
        await using (var transaction = await db.BeginExclusiveTransactionAsync(ChainLock, CancellationToken.None))
        {
            long? inboxUpTo = null;
            if (entries is null)
            {
                var waiting = await db.Set<AuditInboxEntry>().AsNoTracking().OrderBy(e => e.Id).Take(MaxGroup).ToListAsync();
                if (waiting.Count == 0)
                {
                    return 0;
                }
                (entries, inboxUpTo) = (waiting.Select(w => w.ToEntry()).ToList(), waiting[^1].Id);
            }
            // The head as the last writer of any instance left it: read under the lock, so no other writer links to it.
            var previous = await db.Set<AuditEntry>().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync() ?? "";
            var resources = new List<(AuditEntry Entry, List<AuditEntryResource> Resources)>();
            foreach (var entry in entries)
            {
                for (var i = 0; i < entry.Resources.Count; i++)
                {
                    entry.Resources[i].Position = i;
                }
                entry.PreviousHash = previous;
                entry.Hash = previous = entry.ComputeHash(key);
                // Resources (an import touches 100,000 women) are written after their record has its id.
                resources.Add((entry, entry.Resources));
                entry.Resources = [];
            }
            await connection.Entries.RunAsync(entries, CancellationToken.None);
            foreach (var (entry, list) in resources)
            {
                list.ForEach(r => r.AuditEntryId = entry.Id);
                entry.Resources = list;
            }
            await connection.Resources.RunAsync(resources.SelectMany(r => r.Resources).ToList(), CancellationToken.None);
            if (inboxUpTo is { } upTo)
            {
                await db.Set<AuditInboxEntry>().Where(e => e.Id <= upTo).ExecuteDeleteAsync();
            }
            await transaction.CommitAsync();
            head = entries[^1];
        }
        await CheckpointIfDueAsync(head);
        return entries.Count;
    }

    // Every thousand records or minute (Audit:CheckpointRecords, Audit:CheckpointSeconds), the head is signed into the
    // checkpoints: records cut off the end before it, or a chain rewritten up to it, no longer verify. The records are
    // committed already; a checkpoint that cannot be written now is tried again with the next group.
    private async Task CheckpointIfDueAsync(AuditEntry head)
    {
        _sinceCheckpoint++;
        var now = DateTime.UtcNow;
        if (_sinceCheckpoint < _checkpointRecords && now - _lastCheckpoint < _checkpointInterval)
        {
            return;
        }
        try
        {
            await checkpoints.AppendAsync(AuditCheckpoints<TContext>.Head, head.Id, head.Hash, now);
            (_sinceCheckpoint, _lastCheckpoint) = (0, now);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "The audit chain's head (record {Id}) could not be signed into the checkpoints; tried again with the next records", head.Id);
        }
    }
}
