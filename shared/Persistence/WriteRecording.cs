using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.Persistence;

/// <summary>Told of every SaveChanges before and after it commits (the audit trail records the writes of audited calls in the same transaction).</summary>
public interface IWriteRecorder
{
    /// <summary>Called before the changes are saved: entities added now are saved, and committed, with them.</summary>
    void Recording(DbContext context);

    /// <summary>Called once the changes are saved.</summary>
    void Recorded(DbContext context);
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

    private static void Each(DbContext? context, Action<IWriteRecorder, DbContext> call)
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
