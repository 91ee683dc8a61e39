using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Suite.Persistence;

namespace Suite.Events;

public static class TransactionalOutbox
{
    /// <summary>
    /// Saves the tracked changes and their integration events in one transaction. The events are built after the
    /// save, so they can name ids the database just assigned; the relay is woken after the commit. A bulk writer
    /// passes <paramref name="insertNew"/> to add untracked new rows (<see cref="BulkInsert"/>) in the same transaction.
    /// </summary>
    public static async Task SaveWithEventsAsync(this DbContext db, Func<IEnumerable<IMessage>> events, OutboxSignal signal, TimeProvider clock,
        CancellationToken cancellationToken, Func<CancellationToken, Task>? insertNew = null, Func<CancellationToken, Task>? beforeCommit = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (insertNew is not null)
        {
            await insertNew(cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var messages = events().Select(message => OutboxMessage.For(message, now)).ToList();
        // Outbox rows are never read back through the change tracker: inserted in bulk.
        await db.InsertAsync(messages, cancellationToken);
        if (beforeCommit is not null)
        {
            await beforeCommit(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        if (messages.Count > 0)
        {
            signal.Notify();
        }
    }
}
