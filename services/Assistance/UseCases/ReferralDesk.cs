using Suite.Contracts.Common;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.Rules;
using Suite.Contracts.Common.V1;
using Suite.ServiceDefaults.Errors;
using Suite.Persistence;
using Suite.Security;
using Proto = Suite.Contracts.Assistance.V1;
using Referral = Suite.Assistance.Model.Referral;

namespace Suite.Assistance.UseCases;

/// <summary>
/// Referrals opened by other services' events and by screening results, listed and closed by officers of the area. A
/// referral from a sensitive matter shows its reason and source only to holders of sensitive.read.
/// </summary>
public sealed class ReferralDesk(AssistanceDbContext db, CurrentCaller caller)
{
    public const string ResourceType = "suite.assistance.v1.Referral";

    public async Task<Proto.ListReferralsResponse> ListAsync(Proto.ListReferralsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var query = db.Referrals.AsNoTracking().Where(r => r.VillageCode.StartsWith(area));
        if (request.OpenOnly)
        {
            query = query.Where(r => r.Open);
        }
        var page = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"referrals:{area}:{request.OpenOnly}"), r => r.Id, newestFirst: true, ct);
        return new Proto.ListReferralsResponse { Referrals = { page.Items.Select(ToProto) }, NextPageToken = page.NextPageToken };
    }

    public async Task<Proto.Referral> CloseAsync(long id, CancellationToken ct)
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For("id", "is required");
        }
        var referral = await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new ResourceNotFoundException(ResourceType, id.ToString(CultureInfo.InvariantCulture));
        caller.Scope.RequireVisible(referral.VillageCode, ResourceType, id.ToString(CultureInfo.InvariantCulture));
        referral.Open = false;
        await db.SaveChangesAsync(ct);
        return ToProto(referral);
    }

    private Proto.Referral ToProto(Referral r)
    {
        var told = !r.Sensitive || caller.Has(SuitePermissions.SensitiveRead);
        var (reason, source, details) = told ? (r.Reason, r.Source, r.Details) : (ReferralReason.Unspecified, "", []);
        return new Proto.Referral
        {
            Id = r.Id, WomanId = r.WomanId, VillageCode = r.VillageCode, Open = r.Open, CreateTime = r.CreatedAt.ToUtcTimestamp(),
            Reason = ReferralWords.Of(reason, source, r.Needs, r.Urgency, details), ReasonCode = reason, Needs = { r.Needs }, Urgency = r.Urgency, Source = source,
        };
    }
}
