namespace Suite.Events;

/// <summary>An integration event read from a Redis stream (fields named in Suite.Contracts.EventStreams).</summary>
public sealed record StreamEvent(string Stream, string EntryId, long EventId, string Type, DateTime OccurredAt, byte[] Data);
