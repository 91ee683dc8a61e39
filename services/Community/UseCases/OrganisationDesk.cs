using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Community.Infrastructure;
using Suite.Community.Model;
using Suite.Contracts.Community.V1;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The register of social organisations (社会组织): one row per unified social credit code.</summary>
public sealed class OrganisationDesk(CommunityDbContext db, CurrentCaller caller)
{
    public const string OrganisationType = "suite.community.v1.Organisation";

    public async Task<Proto.Organisation> RegisterAsync(Proto.RegisterOrganisationRequest request, CancellationToken ct)
    {
        OrganisationValidator.Validate(request);
        caller.Scope.RequireWrite(request.Organisation.AreaCode, "organisation.area_code");
        var code = request.Organisation.CreditCode;
        var (organisation, _) = await db.CreateOnceAsync<OrganisationRecord>(o => o.RequestId == request.RequestId, async () =>
        {
            await RequireNewCodeAsync(code, ct);
            var o = request.Organisation;
            var organisation = new OrganisationRecord
            {
                RequestId = request.RequestId, Name = o.Name.Trim(), CreditCode = code, AreaCode = o.AreaCode, Kind = o.Kind,
                Qualifications = [.. o.Qualifications.Select(q => q.Trim()).Distinct()], ContactName = o.ContactName.Trim(), ContactPhone = o.ContactPhone.Trim(),
            };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            return organisation;
        }, new(caller.Scope, OrganisationType, x => x.AreaCode, x => x.Id), ct, onLostRace: () => RequireNewCodeAsync(code, ct));
        return organisation.ToProto();
    }

    public async Task<Proto.Organisation> GetAsync(long id, CancellationToken ct) => (await FindAsync(id, "id", ct)).ToProto();

    /// <summary>An organisation the caller may see (of her area or one above it: a county's agency serves its townships), else NOT_FOUND.</summary>
    public Task<OrganisationRecord> FindAsync(long id, string field, CancellationToken ct) =>
        db.FindInScopeOrAboveAsync<OrganisationRecord>(id, o => o.AreaCode, caller.Scope, OrganisationType, ct, field);

    public async Task<Proto.ListOrganisationsResponse> ListAsync(Proto.ListOrganisationsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var kind = request.Kind;
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.AreaCode.StartsWith(area) && (kind == OrganisationKind.Unspecified || o.Kind == kind))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"organisations:{area}:{(int)kind}"), o => o.AreaCode, o => o.Id, descending: false, ct);
        return new Proto.ListOrganisationsResponse { Organisations = { organisations.Items.Select(o => o.ToProto()) }, NextPageToken = organisations.NextPageToken };
    }

    // The code is unique: the existing organisation is named when the caller may see it.
    private async Task RequireNewCodeAsync(string code, CancellationToken ct)
    {
        if (await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.CreditCode == code, ct) is { } existing)
        {
            var id = caller.Scope.CoversOrIsAbove(existing.AreaCode) ? existing.Id.ToString(CultureInfo.InvariantCulture) : "";
            throw new ResourceAlreadyExistsException(OrganisationType, id, $"An organisation with credit code {code}");
        }
    }
}

public static class OrganisationMapping
{
    public static Proto.Organisation ToProto(this OrganisationRecord o) => new()
    {
        Id = o.Id, Name = o.Name, CreditCode = o.CreditCode, AreaCode = o.AreaCode, Kind = o.Kind, Qualifications = { o.Qualifications },
        ContactName = o.ContactName, ContactPhone = o.ContactPhone,
    };
}
