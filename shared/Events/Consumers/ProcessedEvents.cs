using Microsoft.EntityFrameworkCore;
using Suite.Persistence;

namespace Suite.Events;

/// <summary>The consumer side of at-least-once delivery: which events of a batch are new, and recording them as applied.</summary>
public static class ProcessedEvents
{
    /// <summary>Adds the processed-events table to a service's model; call from <c>OnModelCreating</c>.</summary>
    public static ModelBuilder AddProcessedEvents(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProcessedEvent>(entity =>
        {
            entity.ToTable("ProcessedEvents");
            entity.HasKey(e => new { e.Stream, e.EventId });
            entity.Property(e => e.Stream).HasMaxLength(64).IsUnicode(false);
        });
        return modelBuilder;
    }

    /// <summary>The events of the batch this database has not applied yet, in stream order (duplicates within the batch dropped).</summary>
    public static async Task<List<StreamEvent>> UnprocessedAsync(this DbContext db, IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var stream = events[0].Stream;
        var ids = events.Select(e => e.EventId).ToList();
        var seen = (await db.Set<ProcessedEvent>().Where(p => p.Stream == stream && ids.Contains(p.EventId)).Select(p => p.EventId).ToListAsync(ct)).ToHashSet();
        return events.Where(e => seen.Add(e.EventId)).ToList();
    }

    /// <summary>
    /// The one way a consumer applies a batch: the events this database has not applied yet go to
    /// <paramref name="apply"/> in stream order, and what it changed (tracked entities and its own inserts) commits in
    /// one transaction with the events' ids, so a redelivered event changes nothing. Clears the change tracker after.
    /// </summary>
    public static async Task ApplyOnceAsync(this DbContext db, IReadOnlyList<StreamEvent> events, Func<List<StreamEvent>, Task> apply, DateTime now, CancellationToken ct)
    {
        var fresh = await db.UnprocessedAsync(events, ct);
        if (fresh.Count == 0)
        {
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await apply(fresh);
        await db.SaveChangesAsync(ct);
        await db.RecordProcessedAsync(fresh, now, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Records the events as applied; call inside the transaction that applied them.</summary>
    public static Task RecordProcessedAsync(this DbContext db, IEnumerable<StreamEvent> events, DateTime now, CancellationToken ct) =>
        db.InsertAsync(events.Select(e => new ProcessedEvent { Stream = e.Stream, EventId = e.EventId, ProcessedAt = now }).ToList(), ct);
}
