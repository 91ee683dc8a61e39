using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Suite.ServiceDefaults.Outbox;

public static class TransactionalOutbox
{
    /// <summary>
    /// Saves the tracked changes and their integration events in one transaction. The events are built after the
    /// first save, so they can name ids the database just assigned; the relay is woken after the commit.
    /// </summary>
    public static async Task SaveWithEventsAsync(this DbContext db, Func<IEnumerable<IMessage>> events, OutboxSignal signal, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var any = false;
        foreach (var message in events())
        {
            db.Set<OutboxMessage>().Add(OutboxMessage.For(message, now));
            any = true;
        }
        if (any)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        if (any)
        {
            signal.Notify();
        }
    }
}
