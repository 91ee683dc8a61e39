using System.Collections;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Suite.Security;

namespace Suite.Persistence;

/// <summary>
/// Inserts many new rows of one entity type through a single prepared command, inside the context's current
/// transaction, and assigns the generated keys. For bulk paths only (the survey import, the outbox, the audit log):
/// EF's change tracker costs several hundred microseconds per wide row, a prepared insert tens. Columns, value
/// conversions and JSON-mapped owned collections come from the EF model, so rows are stored exactly as SaveChanges
/// would store them; protected fields are sealed as <see cref="FieldProtectionInterceptor"/> seals them. Entities are
/// not tracked.
/// </summary>
public static class BulkInsert
{
    /// <summary>Prepares the insert, runs it once and drops it; see <see cref="PreparedInsert{T}"/> to keep it.</summary>
    public static async Task InsertAsync<T>(this DbContext db, IReadOnlyList<T> entities, CancellationToken cancellationToken) where T : class
    {
        if (entities.Count == 0)
        {
            return;
        }
        await using var insert = await PreparedInsert<T>.CreateAsync(db, cancellationToken);
        await insert.RunAsync(entities, cancellationToken);
    }
}
