using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Suite.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Suite.Audit;

/// <summary>
/// Appends go through one writer in this process, so each record links to the previous one; the chain assumes one
/// writing instance per database (a second instance would need its own chain, see docs/security.md). Group commit:
/// records that arrive while a write is under way are chained and written together in the next transaction, and
/// each caller's append completes only once its record is committed, so an audited call never answers before its
/// record is durable, yet concurrent calls share one commit instead of queueing for one each.
/// </summary>
public sealed class AuditTrail<TContext> : IAuditTrail, IAsyncDisposable where TContext : DbContext
{
    private const int VerifyBatch = 1000;
    private const int MaxGroup = 500;
    private readonly IServiceScopeFactory _scopes;
    private readonly AuditKey _key;
    private readonly AuditCheckpoints<TContext> _checkpoints;
    private readonly int _checkpointRecords;
    private readonly TimeSpan _checkpointInterval;
    private int _sinceCheckpoint;
    private DateTime _lastCheckpoint = DateTime.MinValue;
    // A null entry is a wake-up: records wait in the inbox.
    private readonly Channel<(AuditEntry? Entry, TaskCompletionSource? Written)> _queue =
        Channel.CreateUnbounded<(AuditEntry?, TaskCompletionSource?)>(new UnboundedChannelOptions { SingleReader = true });
    // Set until the inbox was found empty once: rows a stopped process left are chained as soon as the database answers.
    private volatile bool _inboxPending = true;
    private readonly ILogger<AuditTrail<TContext>> _logger;
    private string? _lastHash;
    private readonly Task _loop;
    private Writer? _writer;

    public AuditTrail(IServiceScopeFactory scopes, AuditKey key, AuditCheckpoints<TContext> checkpoints, IConfiguration configuration, ILogger<AuditTrail<TContext>> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _key = key;
        _checkpoints = checkpoints;
        _checkpointRecords = Math.Max(1, configuration.GetValue("Audit:CheckpointRecords", 1000));
        _checkpointInterval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Audit:CheckpointSeconds", 60)));
        _loop = Task.Run(WriteLoopAsync);
    }

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _queue.Writer.TryWrite((entry, written))
            ? written.Task.WaitAsync(cancellationToken)
            : Task.FromException(new ObjectDisposedException(nameof(AuditTrail<TContext>), "The service is stopping; the call is not recorded."));
    }

    public void InboxFilled()
    {
        _inboxPending = true;
        _queue.Writer.TryWrite((null, null));
    }

    private async Task WriteLoopAsync()
    {
        await DrainInboxAsync();
        var group = new List<(AuditEntry Entry, TaskCompletionSource Written)>(MaxGroup);
        while (await NextAsync())
        {
            // A wake-up is read only after the rows it announces were committed: it always asks for a drain (the flag
            // alone could be cleared by a drain that looked just before they were visible).
            var woken = false;
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var item))
            {
                if (item.Entry is not null)
                {
                    group.Add((item.Entry, item.Written!));
                }
                else
                {
                    woken = true;
                }
            }
            if (group.Count > 0)
            {
                try
                {
                    await WriteAsync(group.Select(g => g.Entry).ToList());
                    group.ForEach(g => g.Written.SetResult());
                }
                catch (Exception ex)
                {
                    await ResetWriterAsync();
                    group.ForEach(g => g.Written.SetException(ex));
                }
                group.Clear();
            }
            if (_inboxPending || woken)
            {
                await DrainInboxAsync();
            }
        }
    }

    // Waits for records to write; while the inbox holds records that could not be chained yet (the database was busy
    // or not ready), tries again every few seconds even if no call comes.
    private async Task<bool> NextAsync()
    {
        while (_inboxPending)
        {
            using var retry = new CancellationTokenSource(InboxRetry);
            try
            {
                return await _queue.Reader.WaitToReadAsync(retry.Token);
            }
            catch (OperationCanceledException) when (retry.IsCancellationRequested)
            {
                await DrainInboxAsync();
            }
        }
        return await _queue.Reader.WaitToReadAsync();
    }

    private static readonly TimeSpan InboxRetry = TimeSpan.FromSeconds(2);

    /// <summary>Chains the records waiting in the inbox, deleting each in the transaction that chains it.</summary>
    private async Task DrainInboxAsync()
    {
        try
        {
            while (true)
            {
                var writer = _writer ??= await Writer.OpenAsync(_scopes);
                var waiting = await writer.Db.Set<AuditInboxEntry>().AsNoTracking().OrderBy(e => e.Id).Take(MaxGroup).ToListAsync();
                if (waiting.Count == 0)
                {
                    _inboxPending = false;
                    return;
                }
                await WriteAsync(waiting.Select(w => w.ToEntry()).ToList(), inboxUpTo: waiting[^1].Id);
            }
        }
        catch (Exception ex)
        {
            // The database is not ready (or refuses the write): the rows stay in the inbox for the next attempt.
            _logger.LogWarning("Audit records waiting in the inbox could not be chained yet: {Error}", ex.Message);
            await ResetWriterAsync();
        }
    }

    // Re-read the last hash and reopen the writer: the failed group was not written.
    private async Task ResetWriterAsync()
    {
        _lastHash = null;
        await CloseWriterAsync();
    }

    private async Task CloseWriterAsync()
    {
        try
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync();
            }
        }
        catch (Exception)
        {
            // Closing a connection that already failed may fail too; the next group opens a new one either way.
        }
        _writer = null;
    }

    /// <summary>Lets the queued records be written, then closes the writer's connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        await CloseWriterAsync();
    }

    private async Task WriteAsync(List<AuditEntry> entries, long? inboxUpTo = null)
    {
        var writer = _writer ??= await Writer.OpenAsync(_scopes);
        var db = writer.Db;
        var previous = _lastHash ?? await db.Set<AuditEntry>().OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync() ?? "";
        var resources = new List<(AuditEntry Entry, List<AuditEntryResource> Resources)>();
        foreach (var entry in entries)
        {
            for (var i = 0; i < entry.Resources.Count; i++)
            {
                entry.Resources[i].Position = i;
            }
            entry.PreviousHash = previous;
            entry.Hash = previous = entry.ComputeHash(_key);
            // Resources (an import touches 100,000 women) are written after their record has its id.
            resources.Add((entry, entry.Resources));
            entry.Resources = [];
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        await writer.Entries.RunAsync(entries, CancellationToken.None);
        foreach (var (entry, list) in resources)
        {
            list.ForEach(r => r.AuditEntryId = entry.Id);
            entry.Resources = list;
        }
        await writer.Resources.RunAsync(resources.SelectMany(r => r.Resources).ToList(), CancellationToken.None);
        if (inboxUpTo is { } upTo)
        {
            await db.Set<AuditInboxEntry>().Where(e => e.Id <= upTo).ExecuteDeleteAsync();
        }
        await transaction.CommitAsync();
        _lastHash = previous;
        await CheckpointIfDueAsync(entries[^1]);
    }

    // Every thousand records or minute (Audit:CheckpointRecords, Audit:CheckpointSeconds), the head is signed into the
    // checkpoint file: records cut off the end before it, or a chain rewritten up to it, no longer verify.
    private async Task CheckpointIfDueAsync(AuditEntry head)
    {
        _sinceCheckpoint++;
        var now = DateTime.UtcNow;
        if (_sinceCheckpoint >= _checkpointRecords || now - _lastCheckpoint >= _checkpointInterval)
        {
            await _checkpoints.AppendAsync(AuditCheckpoints<TContext>.Head, head.Id, head.Hash, now);
            (_sinceCheckpoint, _lastCheckpoint) = (0, now);
        }
    }

    /// <summary>
    /// The write loop's own context, kept open with its two inserts prepared: every audited call writes here, and
    /// opening a connection (with its pragmas) and preparing both inserts for each group took about a third of the
    /// writer's time at 64 concurrent reads. Dropped after a failed write and opened again for the next group.
    /// </summary>
    private sealed class Writer(AsyncServiceScope scope, TContext db, PreparedInsert<AuditEntry> entries, PreparedInsert<AuditEntryResource> resources) : IAsyncDisposable
    {
        public TContext Db => db;
        public PreparedInsert<AuditEntry> Entries => entries;
        public PreparedInsert<AuditEntryResource> Resources => resources;

        public static async Task<Writer> OpenAsync(IServiceScopeFactory scopes)
        {
            var scope = scopes.CreateAsyncScope();
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<TContext>();
                await db.Database.OpenConnectionAsync();
                await using var transaction = await db.Database.BeginTransactionAsync();
                return new Writer(scope, db,
                    await PreparedInsert<AuditEntry>.CreateAsync(db, CancellationToken.None),
                    await PreparedInsert<AuditEntryResource>.CreateAsync(db, CancellationToken.None));
            }
            catch
            {
                await scope.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await entries.DisposeAsync();
            await resources.DisposeAsync();
            await db.Database.CloseConnectionAsync();
            await scope.DisposeAsync();
        }
    }

    public IQueryable<AuditEntry> Query(IServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<TContext>().Set<AuditEntry>().AsNoTracking().Include(e => e.Resources);

    /// <summary>
    /// Walks the chain from the oldest retained record: each must link to the one before and carry its MAC; the oldest
    /// must be the first ever written or the anchor retention signed; the last signed head must still be there, as it
    /// was. A chain found whole is signed as the new head.
    /// </summary>
    public async Task<(bool Intact, long Checked, long FirstBrokenId, string Problem)> VerifyAsync(CancellationToken cancellationToken)
    {
        var (checkpoints, fileProblem) = await _checkpoints.ReadAsync(cancellationToken);
        if (fileProblem.Length > 0)
        {
            return (false, 0, 0, fileProblem);
        }
        var anchor = checkpoints.LastOrDefault(c => c.Kind == AuditCheckpoints<TContext>.Anchor);
        var head = checkpoints.LastOrDefault(c => c.Kind == AuditCheckpoints<TContext>.Head);
        await using var scope = _scopes.CreateAsyncScope();
        var entries = Query(scope);
        AuditEntry? last = null;
        var keyed = false;
        var headFound = false;
        long checkedCount = 0, after = 0;
        while (true)
        {
            var batch = await entries.Where(e => e.Id > after).OrderBy(e => e.Id).Take(VerifyBatch).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                entry.Resources.Sort((a, b) => a.Position.CompareTo(b.Position));
                if (last is null && entry.PreviousHash.Length > 0 && (anchor is null || anchor.Id != entry.Id || anchor.Hash != entry.PreviousHash))
                {
                    return (false, checkedCount, entry.Id, "the oldest records were removed outside retention (the chain's first record is neither the first written nor the one retention kept)");
                }
                if (last is not null && entry.PreviousHash != last.Hash)
                {
                    return (false, checkedCount, entry.Id, "does not link to the record before it (a record was removed or altered)");
                }
                keyed |= entry.Hash.StartsWith(AuditKey.Prefix, StringComparison.Ordinal);
                if (entry.Hash != (keyed ? entry.ComputeHash(_key) : entry.ComputeLegacyHash()))
                {
                    return (false, checkedCount, entry.Id, "its content does not match its MAC (the record was altered or the chain recomputed without the key)");
                }
                if (head is not null && entry.Id == head.Id)
                {
                    if (entry.Hash != head.Hash)
                    {
                        return (false, checkedCount, entry.Id, "differs from the signed checkpoint of the chain's head (the chain was rewritten)");
                    }
                    headFound = true;
                }
                last = entry;
                checkedCount++;
            }
            if (batch.Count < VerifyBatch)
            {
                break;
            }
            after = batch[^1].Id;
        }
        // A signed head older than the retained records was purged with them; otherwise it must have been found.
        if (head is not null && !headFound && (anchor is null || head.Id >= anchor.Id))
        {
            return (false, checkedCount, head.Id, $"records up to the signed checkpoint (record {head.Id}) are missing (the end of the chain was cut off)");
        }
        if (last is not null)
        {
            await _checkpoints.AppendAsync(AuditCheckpoints<TContext>.Head, last.Id, last.Hash, DateTime.UtcNow);
        }
        return (true, checkedCount, 0, "");
    }
}
