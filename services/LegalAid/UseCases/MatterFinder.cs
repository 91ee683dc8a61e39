using System.Globalization;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Model;
using Suite.Persistence;
using Suite.Security;

namespace Suite.LegalAid.UseCases;

/// <summary>Finds a matter the caller may know of (outside her area it does not exist for her), optionally checking its etag.</summary>
public sealed class MatterFinder(LegalAidDbContext db, CurrentCaller caller)
{
    public const string ResourceType = "suite.legalaid.v1.Matter";

    public Task<Matter> FindAsync(long id, CancellationToken ct, string field = "id") =>
        db.FindInScopeAsync<Matter>(id, m => m.AreaCode, caller.Scope, ResourceType, ct, field);

    public async Task<Matter> FindForChangeAsync(long id, string etag, CancellationToken ct) =>
        (await FindAsync(id, ct)).RequireEtag(etag, ResourceType, id);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
