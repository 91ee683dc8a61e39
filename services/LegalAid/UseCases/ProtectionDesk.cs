using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.Events;
using Suite.GrpcServer.Errors;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.IntegrationEvents;
using Suite.LegalAid.Model;
using Suite.LegalAid.Rules;
using Suite.Persistence;
using Suite.Security;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>
/// Protection orders and police referrals. Either makes its matter sensitive (in the same transaction), and only those
/// who may see the matter's details work on them.
/// </summary>
public sealed class ProtectionDesk(LegalAidDbContext db, MatterFinder matters, MatterAccess access, CurrentCaller caller, OutboxSignal signal, TimeProvider clock, MatterReferrals referrals)
{
    public const string OrderType = "suite.legalaid.v1.ProtectionOrder";
    public const string ReferralType = "suite.legalaid.v1.PoliceReferral";
    private const int DefaultExpiryWindowDays = 30;

    public async Task<Proto.ProtectionOrder> ApplyAsync(Proto.ApplyForProtectionOrderRequest request, CancellationToken ct)
    {
        ProtectionValidator.Validate(request, clock.Today());
        var (order, created) = await db.CreateOnceAsync<ProtectionOrderRecord>(o => o.RequestId == request.RequestId, async () =>
        {
            var matter = await SensitiveMatterAsync(request.MatterId, ct);
            var order = new ProtectionOrderRecord
            {
                RequestId = request.RequestId, MatterId = matter.Id, WomanId = matter.WomanId, AreaCode = matter.AreaCode,
                Status = Proto.OrderStatus.Applied, Court = request.Court, AppliedOn = request.AppliedOn.ToDateOnly(), Version = 1,
            };
            db.ProtectionOrders.Add(order);
            await db.SaveChangesAsync(ct);
            return order;
        }, new(caller.Scope, OrderType, x => x.AreaCode, x => x.Id), ct);
        return order.ToProto();
    }

    public async Task<Proto.ProtectionOrder> GetAsync(long id, CancellationToken ct)
    {
        return (await FindOrderAsync(id, ct)).ToProto();
    }

    public async Task<Proto.ProtectionOrder> DecideAsync(Proto.DecideProtectionOrderRequest request, CancellationToken ct)
    {
        ProtectionValidator.Validate(request, clock.Today());
        var order = await FindOrderForChangeAsync(request.Id, request.Etag, ct);
        if (order.Status != Proto.OrderStatus.Applied)
        {
            throw new PreconditionFailedException("Protection order {0} is {1}: it was decided already.", order.Id, ProtoEnumNames.Of(order.Status));
        }
        order.Status = request.Issued ? Proto.OrderStatus.Issued : Proto.OrderStatus.Refused;
        if (request.Issued)
        {
            order.IssuedOn = request.IssuedOn.ToDateOnly();
            order.ExpiresOn = request.ExpiresOn.ToDateOnly();
            order.Measures = [.. request.Measures];
        }
        var referral = request.Issued ? await referrals.ForOrderAsync(order, ct) : null;
        await db.SaveWithEventsAsync(() => [.. request.Issued ? LegalAidEvents.OrderIssued(order) : [], .. MatterReferrals.EventsOf(referral)], signal, clock, ct);
        return order.ToProto();
    }

    public async Task<Proto.ProtectionOrder> RecordViolationAsync(Proto.RecordOrderViolationRequest request, CancellationToken ct)
    {
        ProtectionValidator.Validate(request, clock.Today());
        var order = await FindOrderForChangeAsync(request.Id, request.Etag, ct);
        if (order.Status != Proto.OrderStatus.Issued)
        {
            throw new PreconditionFailedException("Protection order {0} is {1}: only an issued order can be violated.", order.Id, ProtoEnumNames.Of(order.Status));
        }
        order.Violations.Add(new ViolationRecord { Date = request.Violation.Date.ToDateOnly(), Description = request.Violation.Description });
        await db.SaveChangesAsync(ct);
        return order.ToProto();
    }

    public async Task<Proto.ListExpiringOrdersResponse> ListExpiringAsync(Proto.ListExpiringOrdersRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Require(request.WithinDays is >= 0 and <= 365, "within_days", "must be 1 to 365 (0 = 30)");
        errors.ThrowIfAny();
        var area = caller.AreaFor(request.AreaCode);
        var today = clock.Today();
        var until = today.AddDays(request.WithinDays == 0 ? DefaultExpiryWindowDays : request.WithinDays);
        var orders = await db.ProtectionOrders.AsNoTracking()
            .Where(o => o.Status == Proto.OrderStatus.Issued && o.ExpiresOn >= today && o.ExpiresOn <= until && o.AreaCode.StartsWith(area))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"expiring:{area}:{until}"), o => o.ExpiresOn, o => o.Id, descending: false, ct);
        return new Proto.ListExpiringOrdersResponse { Orders = { orders.Items.Select(o => o.ToProto()) }, NextPageToken = orders.NextPageToken };
    }

    public async Task<Proto.PoliceReferral> ReferAsync(Proto.ReferToPoliceRequest request, CancellationToken ct)
    {
        ProtectionValidator.Validate(request);
        var (referral, created) = await db.CreateOnceAsync<PoliceReferralRecord>(r => r.RequestId == request.RequestId, async () =>
        {
            var matter = await SensitiveMatterAsync(request.MatterId, ct);
            var referral = new PoliceReferralRecord
            {
                RequestId = request.RequestId, MatterId = matter.Id, AreaCode = matter.AreaCode, Crime = request.Crime,
                Station = request.Station, ReferredOn = clock.Today(), Version = 1,
            };
            db.PoliceReferrals.Add(referral);
            await db.SaveChangesAsync(ct);
            return referral;
        }, new(caller.Scope, ReferralType, x => x.AreaCode, x => x.Id), ct);
        return referral.ToProto();
    }

    public async Task<Proto.PoliceReferral> RecordFeedbackAsync(Proto.RecordPoliceFeedbackRequest request, CancellationToken ct)
    {
        ProtectionValidator.Validate(request);
        var referral = (await db.FindInScopeAsync<PoliceReferralRecord>(request.Id, r => r.AreaCode, caller.Scope, ReferralType, ct))
            .RequireEtag(request.Etag, ReferralType, request.Id);
        referral.Feedback = request.Feedback;
        referral.FeedbackOn = clock.Today();
        await db.SaveChangesAsync(ct);
        return referral.ToProto();
    }

    public async Task<Proto.ListPoliceReferralsResponse> ListReferralsAsync(Proto.ListPoliceReferralsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var referrals = await db.PoliceReferrals.AsNoTracking().Where(r => r.AreaCode.StartsWith(area))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"police:{area}"), r => r.Id, newestFirst: true, ct);
        return new Proto.ListPoliceReferralsResponse { Referrals = { referrals.Items.Select(r => r.ToProto()) }, NextPageToken = referrals.NextPageToken };
    }

    // The matter must be open, and open to the caller's view; from now on it is sensitive.
    private async Task<Matter> SensitiveMatterAsync(long matterId, CancellationToken ct)
    {
        var matter = await matters.FindAsync(matterId, ct, "matter_id");
        access.RequireDetails(matter);
        if (!MatterWorkflow.IsOpen(matter.Status))
        {
            throw new PreconditionFailedException("Matter {0} is closed: a protection order or a police referral is made on an open matter.", matter.Id);
        }
        matter.Sensitive = true;
        return matter;
    }

    private async Task<ProtectionOrderRecord> FindOrderAsync(long id, CancellationToken ct)
    {
        var order = await db.FindInScopeAsync<ProtectionOrderRecord>(id, o => o.AreaCode, caller.Scope, OrderType, ct);
        access.RequireDetails(await matters.FindAsync(order.MatterId, ct));
        return order;
    }

    private async Task<ProtectionOrderRecord> FindOrderForChangeAsync(long id, string etag, CancellationToken ct) =>
        (await FindOrderAsync(id, ct)).RequireEtag(etag, OrderType, id);
}
