using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Model;
using Suite.Security;
using Suite.ServiceDefaults.Errors;

namespace Suite.LegalAid.UseCases;

/// <summary>Finds a matter the caller may know of (outside her area it does not exist for her), optionally checking its etag.</summary>
public sealed class MatterFinder(LegalAidDbContext db, CurrentCaller caller)
{
    public const string ResourceType = "suite.legalaid.v1.Matter";

    public async Task<Matter> FindAsync(long id, bool tracked, CancellationToken ct, string field = "id")
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For(field, "is required");
        }
        var query = tracked ? db.Matters : db.Matters.AsNoTracking();
        var matter = await query.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new ResourceNotFoundException(ResourceType, Id(id));
        caller.Scope.RequireVisible(matter.AreaCode, ResourceType, Id(id));
        return matter;
    }

    public async Task<Matter> FindForChangeAsync(long id, string etag, CancellationToken ct)
    {
        var matter = await FindAsync(id, tracked: true, ct);
        if (Id(matter.Version) != etag)
        {
            throw new EtagMismatchException(ResourceType, Id(id));
        }
        return matter;
    }

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
