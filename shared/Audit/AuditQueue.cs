using System.Threading.Channels;

namespace Suite.Audit;

/// <summary>
/// Records on their way to the <see cref="AuditWriter{TContext}"/>, each with the task its caller awaits, and wake-ups
/// that say records were committed to the inbox. Completed when the service stops, after the server stopped taking calls.
/// </summary>
public sealed class AuditQueue
{
    // A null entry is a wake-up: records wait in the inbox.
    private readonly Channel<(AuditEntry? Entry, TaskCompletionSource? Written)> _channel =
        Channel.CreateUnbounded<(AuditEntry?, TaskCompletionSource?)>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<(AuditEntry? Entry, TaskCompletionSource? Written)> Reader => _channel.Reader;

    /// <summary>Queues a record; the task completes once it is committed in the chain.</summary>
    public Task EnqueueAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _channel.Writer.TryWrite((entry, written))
            ? written.Task.WaitAsync(cancellationToken)
            : Task.FromException(new ObjectDisposedException(nameof(AuditQueue), "The service is stopping; the call is not recorded."));
    }

    public void Wake() => _channel.Writer.TryWrite((null, null));

    public void Complete() => _channel.Writer.TryComplete();
}
