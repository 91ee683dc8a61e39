namespace Suite.Events;

/// <summary>Applies a batch of another service's events (scoped: one instance, and one database context, per batch).</summary>
public interface IStreamEventHandler
{
    /// <summary>Applies the events, in stream order, and commits; a redelivered event must change nothing (see <see cref="ProcessedEvents.ApplyOnceAsync"/>).</summary>
    Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct);
}
