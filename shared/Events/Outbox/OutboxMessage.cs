using Google.Protobuf;

namespace Suite.Events;

/// <summary>
/// An integration event waiting to be published. It is saved in the same transaction as the change it
/// describes, so an accepted change never loses its event; <see cref="OutboxRelay{TContext}"/> publishes it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Full protobuf name of the payload, e.g. <c>suite.registry.v1.WomanRegistered</c>.</summary>
    public required string EventType { get; set; }

    public required byte[] Payload { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>When the relay published it; null while it waits.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>Failed publication attempts so far (Redis unreachable).</summary>
    public int Attempts { get; set; }

    public static OutboxMessage For(IMessage payload, DateTime occurredAt) => new()
    {
        EventType = payload.Descriptor.FullName,
        Payload = payload.ToByteArray(),
        OccurredAt = occurredAt,
    };
}
