namespace Suite.Events;

/// <summary>
/// Which stream a service reads, as which consumer group and consumer name, and the handlers each batch goes to (in
/// the order they were added). One subscription per stream and group: a second handler joins the first's consumer.
/// </summary>
public sealed class StreamSubscription(string stream, string group, string consumer)
{
    public string Stream => stream;

    public string Group => group;

    public string Consumer => consumer;

    public List<Type> Handlers { get; } = [];
}
