namespace Suite.Events;

/// <summary>Which stream <typeparamref name="THandler"/> reads, as which consumer group, under which consumer name.</summary>
public sealed record StreamSubscription<THandler>(string Stream, string Group, string Consumer) where THandler : IStreamEventHandler;
