namespace Suite.Events;

/// <summary>An integration event already applied: a redelivered event is recognised and skipped (handlers are idempotent).</summary>
public sealed class ProcessedEvent
{
    public string Stream { get; set; } = "";
    public long EventId { get; set; }
    public DateTime ProcessedAt { get; set; }
}
