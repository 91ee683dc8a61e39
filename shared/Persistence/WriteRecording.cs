using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Persistence;

/// <summary>Told of every SaveChanges before and after it, and of every commit (the audit trail records the writes of audited calls in the same transaction).</summary>
public interface IWriteRecorder
{
    /// <summary>Called before the changes are saved: entities added now are saved, and committed, with them.</summary>
    void Recording(DbContext context);

    /// <summary>Called once the changes are saved: committed, unless an explicit transaction is open (then see <see cref="Committed"/>).</summary>
    void Recorded(DbContext context);

    /// <summary>Called once an explicit transaction of the context committed.</summary>
    void Committed(DbContext context);
}

/// <summary>
/// Hands every SaveChanges to the <see cref="IWriteRecorder"/>s registered in the application's services. Stateless,
/// one shared instance, as <see cref="FieldProtectionInterceptor"/>: the recorders come from the context's services.
/// </summary>
public sealed class WriteRecordingInterceptor : SaveChangesInterceptor
{
    public static readonly WriteRecordingInterceptor Instance = new();

    private WriteRecordingInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Each(eventData.Context, (recorder, context) => recorder.Recording(context));
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Each(eventData.Context, (recorder, context) => recorder.Recording(context));
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Each(eventData.Context, (recorder, context) => recorder.Recorded(context));
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Each(eventData.Context, (recorder, context) => recorder.Recorded(context));
        return ValueTask.FromResult(result);
    }

    internal static void Each(DbContext? context, Action<IWriteRecorder, DbContext> call)
    {
        if (context?.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider is not { } services)
        {
            return;
        }
        foreach (var recorder in services.GetServices<IWriteRecorder>())
        {
            call(recorder, context);
        }
    }
}

/// <summary>Tells the <see cref="IWriteRecorder"/>s when an explicit transaction commits: what waited for the commit is visible now.</summary>
public sealed class CommitRecordingInterceptor : DbTransactionInterceptor
{
    public static readonly CommitRecordingInterceptor Instance = new();

    private CommitRecordingInterceptor()
    {
    }

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        WriteRecordingInterceptor.Each(eventData.Context, (recorder, context) => recorder.Committed(context));

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        WriteRecordingInterceptor.Each(eventData.Context, (recorder, context) => recorder.Committed(context));
        return Task.CompletedTask;
    }
}
