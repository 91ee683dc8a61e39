using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Suite.GrpcServer.Errors;
using Suite.Security;

namespace Suite.Persistence;

/// <summary>The one way to load a record by id for a caller: a record outside her area does not exist for her, and a change checks the etag.</summary>
public static class ScopedLookup
{
    /// <summary>The record (tracked), or NOT_FOUND when it does not exist or lies outside the caller's area; INVALID_ARGUMENT for a missing id.</summary>
    public static async Task<T> FindInScopeAsync<T>(this DbContext db, long id, Func<T, string> areaOf, AreaScope scope, string resourceType,
        CancellationToken ct, string field = "id") where T : class
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For(field, "is required");
        }
        var key = id.ToString(CultureInfo.InvariantCulture);
        var record = await db.Set<T>().FindAsync([id], ct) ?? throw new ResourceNotFoundException(resourceType, key);
        scope.RequireVisible(areaOf(record), resourceType, key);
        return record;
    }

    /// <summary>
    /// A record the caller may use though it may belong above her area (a county's place, organisation, project or
    /// selection round serves its townships and villages), read untracked: NOT_FOUND when it does not exist or lies
    /// neither in her area nor above it; INVALID_ARGUMENT for a missing id.
    /// </summary>
    public static async Task<T> FindInScopeOrAboveAsync<T>(this DbContext db, long id, Func<T, string> areaOf, AreaScope scope, string resourceType,
        CancellationToken ct, string field = "id") where T : class
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For(field, "is required");
        }
        var record = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => EF.Property<long>(r, "Id") == id, ct);
        if (record is null || !scope.CoversOrIsAbove(areaOf(record)))
        {
            throw new ResourceNotFoundException(resourceType, id.ToString(CultureInfo.InvariantCulture));
        }
        return record;
    }

    /// <summary>
    /// The area of a record the caller points at (a woman whose changes or visits she lists), read alone: NOT_FOUND when
    /// it does not exist or lies outside her area, INVALID_ARGUMENT for a missing id.
    /// </summary>
    public static async Task<string> AreaInScopeAsync<T>(this DbContext db, long id, Expression<Func<T, string>> areaOf, AreaScope scope,
        string resourceType, CancellationToken ct, string field = "id") where T : class
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For(field, "is required");
        }
        var key = id.ToString(CultureInfo.InvariantCulture);
        var area = await db.Set<T>().Where(r => EF.Property<long>(r, "Id") == id).Select(areaOf).FirstOrDefaultAsync(ct)
            ?? throw new ResourceNotFoundException(resourceType, key);
        scope.RequireVisible(area, resourceType, key);
        return area;
    }

    /// <summary>ABORTED when the etag sent is not the record's current version.</summary>
    public static T RequireEtag<T>(this T record, string etag, string resourceType, long id) where T : IVersioned
    {
        if (record.Version.ToString(CultureInfo.InvariantCulture) != etag)
        {
            throw new EtagMismatchException(resourceType, id.ToString(CultureInfo.InvariantCulture));
        }
        return record;
    }
}
