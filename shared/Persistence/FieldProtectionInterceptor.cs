using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Suite.Security;

namespace Suite.Persistence;

/// <summary>
/// Encrypts protected fields as entities are written (decrypting on read is the entity's own, see
/// <see cref="IProtectedFields"/>). Stateless, one shared instance: the protector is taken from the context's
/// application services, so one interceptor serves every host in a process whatever its keys.
/// </summary>
public sealed class FieldProtectionInterceptor : SaveChangesInterceptor
{
    public static readonly FieldProtectionInterceptor Instance = new();

    private FieldProtectionInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Seal(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Seal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Seal(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        FieldProtector? protector = null;
        foreach (var entry in context.ChangeTracker.Entries<IProtectedFields>())
        {
            // Unchanged entries too: a change of a protected (unmapped) value alone leaves the entity "unchanged" to EF.
            // Seal re-encrypts only values that changed, and DetectChanges then picks up the new ciphertext.
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Unchanged)
            {
                entry.Entity.Seal(protector ??= ProtectorOf(context));
                entry.DetectChanges();
            }
        }
    }

    public static FieldProtector ProtectorOf(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<FieldProtector>()
        ?? throw new InvalidOperationException("FieldProtector is not registered in the application services.");
}
