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

    /// <summary>Records the events as applied; call inside the transaction that applied them.</summary>
    public static Task RecordProcessedAsync(this DbContext db, IEnumerable<StreamEvent> events, DateTime now, CancellationToken ct) =>
        db.InsertAsync(events.Select(e => new ProcessedEvent { Stream = e.Stream, EventId = e.EventId, ProcessedAt = now }).ToList(), ct);
}
