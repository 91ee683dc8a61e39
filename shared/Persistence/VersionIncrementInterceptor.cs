using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Suite.Persistence;

/// <summary>
/// Bumps <see cref="IVersioned.Version"/> of every modified entity, unless only columns marked
/// <see cref="NotPartOfEtagAttribute"/> changed; EF checks the old value in the UPDATE's WHERE clause.
/// </summary>
public sealed class VersionIncrementInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Bump(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Bump(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Bump(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified && entry.Properties.Any(p => p.IsModified && !IsBookkeeping(p)))
            {
                entry.Entity.Version++;
            }
        }
    }

    private static bool IsBookkeeping(Microsoft.EntityFrameworkCore.ChangeTracking.PropertyEntry property) =>
        property.Metadata.PropertyInfo?.IsDefined(typeof(NotPartOfEtagAttribute), inherit: false) == true;
}
