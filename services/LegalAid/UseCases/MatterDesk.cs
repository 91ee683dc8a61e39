using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.Events;
using Suite.GrpcServer.Errors;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.IntegrationEvents;
using Suite.LegalAid.Model;
using Suite.LegalAid.Rules;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>Intake and handling of matters: create, assign, advance, three-colour control and follow-ups.</summary>
public sealed class MatterDesk(LegalAidDbContext db, MatterFinder finder, MatterAccess access, RegistryWomen registry, FieldProtector protector,
    CurrentCaller caller, OutboxSignal signal, TimeProvider clock, IOptions<LegalAidOptions> options, MatterReferrals referrals)
{
    private const int DefaultDueDays = 15;
    private readonly RiskControl _risk = new(TimeSpan.FromHours(options.Value.RedFollowUpHours), TimeSpan.FromHours(options.Value.YellowFollowUpHours));

    public async Task<Proto.Matter> CreateAsync(Proto.CreateMatterRequest request, CancellationToken ct)
    {
        MatterValidator.Validate(request);
        var (matter, created) = await db.CreateOnceAsync<Matter>(m => m.RequestId == request.RequestId, () => RecordAsync(request, ct), new(caller.Scope, MatterFinder.ResourceType, x => x.AreaCode, x => x.Id), ct);
        return Present(matter);
    }

    private async Task<Matter> RecordAsync(Proto.CreateMatterRequest request, CancellationToken ct)
    {
        string area;
        if (request.WomanId > 0)
        {
            // The Registry applies the caller's scope and consent; nothing is written before it answers.
            area = (await registry.GetAsync(request.WomanId, ct)).VillageCode;
            await KnowAsync(request.WomanId, area, ct);
        }
        else
        {
            area = request.AreaCode;
            caller.Scope.RequireWrite(area, "area_code");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var matter = new Matter
        {
            RequestId = request.RequestId,
            Channel = request.Channel,
            Kind = request.Kind,
            WomanId = request.WomanId > 0 ? request.WomanId : null,
            AreaCode = area,
            NarrativeSealed = protector.Protect(request.Narrative, MatterMapping.NarrativeField),
            ContactSealed = protector.Protect(request.Contact, MatterMapping.ContactField),
            Status = Proto.MatterStatus.Received,
            DueDate = clock.Today().AddDays(request.DueInDays == 0 ? DefaultDueDays : request.DueInDays),
            Sensitive = Sensitivity.OfKind(request.Kind),
            CreatedBy = caller.Caller.Subject,
            CreatedAt = now,
            Version = 1,
        };
        matter.History.Add(Change("status", "", ProtoEnumNames.Of(Proto.MatterStatus.Received), "", now));
        db.Matters.Add(matter);
        await db.SaveChangesAsync(ct);
        return matter;
    }

    // The women this service needs: kept current from the Registry's events from now on.
    private async Task KnowAsync(long womanId, string village, CancellationToken ct)
    {
        if (!await db.Women.AnyAsync(w => w.WomanId == womanId, ct))
        {
            db.Women.Add(new KnownWoman { WomanId = womanId, VillageCode = village });
        }
    }

    public async Task<Proto.Matter> GetAsync(Proto.GetMatterRequest request, CancellationToken ct)
    {
        var matter = await finder.FindAsync(request.Id, ct);
        // A sensitive matter's details are read for a stated purpose, which the audit log keeps.
        var withDetails = access.CanSeeDetails(matter) && (!matter.Sensitive || request.Purpose.Trim().Length > 0);
        return matter.ToProto(protector, withDetails);
    }

    public async Task<Proto.ListMattersResponse> ListAsync(Proto.ListMattersRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var key = $"matters:{area}:{request.Status}:{request.Kind}";
        var query = db.Matters.AsNoTracking().Where(m => m.AreaCode.StartsWith(area));
        if (request.Status != Proto.MatterStatus.Unspecified)
        {
            query = query.Where(m => m.Status == request.Status);
        }
        if (request.Kind != Proto.MatterKind.Unspecified)
        {
            query = query.Where(m => m.Kind == request.Kind);
            if (!caller.Has(SuitePermissions.SensitiveRead))
            {
                // Filtering by kind would tell which withheld matters are of that kind.
                var subject = caller.Caller.Subject;
                query = query.Where(m => !m.Sensitive || m.Handler == subject);
            }
        }
        var page = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, key, 50, 200), m => m.Id, newestFirst: true, ct);
        return new Proto.ListMattersResponse { Matters = { page.Items.Select(PresentInList) }, NextPageToken = page.NextPageToken };
    }

    public async Task<Proto.Matter> AssignAsync(Proto.AssignMatterRequest request, CancellationToken ct)
    {
        MatterValidator.Validate(request);
        var matter = await LoadOpenAsync(request.Id, request.Etag, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        matter.History.Add(Change("handler", matter.HandlerName, request.HandlerName, "指派经办人", now)); // history reasons are read by staff: Chinese
        if (matter.Status == Proto.MatterStatus.Received)
        {
            matter.History.Add(Change("status", ProtoEnumNames.Of(matter.Status), ProtoEnumNames.Of(Proto.MatterStatus.Assigned), "指派给" + request.HandlerName, now));
            matter.Status = Proto.MatterStatus.Assigned;
        }
        matter.Handler = request.Handler;
        matter.HandlerName = request.HandlerName;
        await db.SaveChangesAsync(ct);
        return Present(matter);
    }

    public async Task<Proto.Matter> AdvanceAsync(Proto.AdvanceMatterRequest request, CancellationToken ct)
    {
        MatterValidator.Validate(request);
        var matter = await finder.FindForChangeAsync(request.Id, request.Etag, ct);
        access.RequireDetails(matter);
        var next = MatterWorkflow.Next(matter.Status, request.Action)
            ?? throw new PreconditionFailedException("Matter {0} is {1}: {2} does not apply.", matter.Id, ProtoEnumNames.Of(matter.Status), ProtoEnumNames.Of(request.Action));
        matter.History.Add(Change("status", ProtoEnumNames.Of(matter.Status), ProtoEnumNames.Of(next), request.Reason, clock.GetUtcNow().UtcDateTime));
        matter.Status = next;
        if (!MatterWorkflow.IsOpen(next))
        {
            matter.FollowUpDue = null;
        }
        await db.SaveChangesAsync(ct);
        return Present(matter);
    }

    public async Task<Proto.Matter> SetRiskColourAsync(Proto.SetRiskColourRequest request, CancellationToken ct)
    {
        MatterValidator.Validate(request);
        var matter = await LoadOpenAsync(request.Id, request.Etag, ct);
        if (!RiskControl.Applies(matter.Kind))
        {
            throw new PreconditionFailedException("Three-colour control applies to marriage and family disputes; matter {0} is {1}.", matter.Id, ProtoEnumNames.Of(matter.Kind));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var turnedRed = request.Colour == Proto.RiskColour.Red && matter.RiskColour != Proto.RiskColour.Red;
        matter.History.Add(Change("colour", ProtoEnumNames.Of(matter.RiskColour), ProtoEnumNames.Of(request.Colour), request.Reason, now));
        matter.RiskColour = request.Colour;
        matter.RiskReason = request.Reason;
        matter.FollowUpDue = _risk.FollowUpDue(request.Colour, now);
        if (turnedRed)
        {
            matter.History.Add(Change("escalation", "", RiskControl.RedEscalation, "红色：应于 " + (matter.FollowUpDue!.Value + Suite.Domain.ChinaCalendar.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " 前跟进", now));
        }
        var referral = turnedRed ? await referrals.ForRedAsync(matter, ct) : null;
        await db.SaveWithEventsAsync(() => [.. turnedRed ? LegalAidEvents.TurnedRed(matter) : [], .. MatterReferrals.EventsOf(referral)], signal, clock, ct);
        return Present(matter);
    }

    public async Task<Proto.Matter> RecordFollowUpAsync(Proto.RecordFollowUpRequest request, CancellationToken ct)
    {
        MatterValidator.Validate(request);
        var matter = await LoadOpenAsync(request.Id, request.Etag, ct);
        if (matter.RiskColour is not (Proto.RiskColour.Red or Proto.RiskColour.Yellow))
        {
            throw new PreconditionFailedException("Matter {0} is not red or yellow: it has no follow-up to record.", matter.Id);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        matter.History.Add(Change("follow_up", "", "", request.Note, now));
        matter.FollowUpDue = _risk.FollowUpDue(matter.RiskColour, now);
        await db.SaveChangesAsync(ct);
        return Present(matter);
    }

    public async Task<Proto.ListMattersResponse> ListOverdueAsync(Proto.ListOverdueMattersRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = MatterWorkflow.Open.ToList();
        var overdue = await db.Matters.AsNoTracking()
            .Where(m => m.FollowUpDue != null && m.FollowUpDue < now && open.Contains(m.Status) && m.AreaCode.StartsWith(area))
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"overdue-matters:{area}"), m => m.FollowUpDue, m => m.Id, descending: false, ct);
        return new Proto.ListMattersResponse { Matters = { overdue.Items.Select(PresentInList) }, NextPageToken = overdue.NextPageToken };
    }

    private async Task<Matter> LoadOpenAsync(long id, string etag, CancellationToken ct)
    {
        var matter = await finder.FindForChangeAsync(id, etag, ct);
        access.RequireDetails(matter);
        if (!MatterWorkflow.IsOpen(matter.Status))
        {
            throw new PreconditionFailedException("Matter {0} is {1}: it is no longer open.", matter.Id, ProtoEnumNames.Of(matter.Status));
        }
        return matter;
    }

    private Proto.Matter Present(Matter matter) => matter.ToProto(protector, access.CanSeeDetails(matter));

    // In lists no purpose is stated: sensitive matters come without their details (GetMatter with a purpose gives them).
    private Proto.Matter PresentInList(Matter matter)
    {
        var proto = matter.ToProto(protector, !matter.Sensitive && access.CanSeeDetails(matter));
        if (matter.Sensitive && access.CanSeeDetails(matter))
        {
            // Who works a sensitive matter sees in a list what the three-colour board needs (handler, colour, next
            // follow-up); its narrative, contact and history are read one at a time with a stated purpose.
            proto.Handler = matter.Handler;
            proto.HandlerName = matter.HandlerName;
            proto.RiskColour = matter.RiskColour;
            proto.FollowUpDue = matter.FollowUpDue?.ToUtcTimestamp();
        }
        return proto;
    }

    private MatterChange Change(string change, string from, string to, string reason, DateTime at) => new()
    {
        Change = change, From = from, To = to, Reason = reason, By = caller.Caller.Subject, ByName = caller.Caller.Name, At = at,
    };
}
