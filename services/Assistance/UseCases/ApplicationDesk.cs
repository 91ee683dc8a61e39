using System.Globalization;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Suite.Assistance.Infrastructure;
using Suite.Assistance.IntegrationEvents;
using Suite.Assistance.Model;
using Suite.Assistance.Rules;
using Suite.Casework;
using Suite.Contracts;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Domain;
using Suite.Events;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>Applications: opened against the Registry's record, evaluated rule by rule, then moved through the workflow.</summary>
public sealed class ApplicationDesk(AssistanceDbContext db, ProgrammeCatalog catalog, RegistryWomen registry, CurrentCaller caller, TimeProvider clock, ReferralFactory referrals, OutboxSignal signal)
{
    public const string ResourceType = "suite.assistance.v1.Application";

    public async Task<Proto.Application> CreateAsync(Proto.CreateApplicationRequest request, CancellationToken ct)
    {
        ApplicationValidator.Validate(request);

        var (application, created) = await db.CreateOnceAsync<AssistanceApplication>(a => a.RequestId == request.RequestId, () => OpenAsync(request, ct), new(caller.Scope, ResourceType, x => x.VillageCode, x => x.Id), ct,
            onLostRace: () => RefuseSecondAsync(request.WomanId, request.ProgrammeCode, ct));
        return application.ToProto();
    }

    private async Task<AssistanceApplication> OpenAsync(Proto.CreateApplicationRequest request, CancellationToken ct)
    {
        var programme = await catalog.FindAsync(request.ProgrammeCode, tracked: false, ct);
        if (!programme.Active)
        {
            throw new PreconditionFailedException("Programme {0} is not open for applications.", programme.Code);
        }
        // The Registry applies the caller's scope and the woman's consents; nothing is written before it answers.
        // Whether she was diagnosed is read here while that call is under way (the create waits on both), and is
        // used only once the Registry has let the caller see her.
        var answer = registry.GetAsync(request.WomanId, ct);
        var diagnosed = await db.Benefits.AnyAsync(b => b.WomanId == request.WomanId && b.ScreeningResult == Proto.ScreeningResult.Diagnosed, ct);
        var woman = await answer;
        await RefuseSecondAsync(woman.Id, programme.Code, ct);
        var results = new EligibilityEvaluator(ProgrammeCatalog.Rules(programme)).Evaluate(Applicant.From(woman, diagnosed), clock.Today());
        var now = clock.GetUtcNow().UtcDateTime;
        var application = new AssistanceApplication
        {
            RequestId = request.RequestId,
            WomanId = woman.Id,
            WomanName = woman.Name,
            VillageCode = woman.VillageCode,
            ProgrammeCode = programme.Code,
            Status = Proto.ApplicationStatus.Submitted,
            Eligible = results.All(r => r.Passed),
            Eligibility = results.Select(r => new RuleOutcome { Rule = r.Rule, Passed = r.Passed, Explanation = r.Explanation }).ToList(),
            SubmittedBy = caller.Caller.Subject,
            History = [new StatusChange { From = Proto.ApplicationStatus.Unspecified, To = Proto.ApplicationStatus.Submitted, By = caller.Caller.Subject, ByName = caller.Caller.Name, At = now }],
            CreatedAt = now,
            Version = 1,
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(ct);
        return application;
    }

    // No double benefits: her open application for the programme is named; the unique index refuses a concurrent second.
    private async Task RefuseSecondAsync(long womanId, string programmeCode, CancellationToken ct)
    {
        var open = await db.Applications.AsNoTracking()
            .Where(a => a.WomanId == womanId && a.ProgrammeCode == programmeCode && ApplicationWorkflow.Open.Contains(a.Status))
            .Select(a => new { a.Id, a.Status }).FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            throw new ResourceAlreadyExistsException(ResourceType, Id(open.Id), $"An open application ({ProtoEnumNames.Of(open.Status)}) of woman {womanId} for programme {programmeCode}");
        }
    }

    public async Task<Proto.Application> GetAsync(long id, CancellationToken ct) => (await FindAsync(id, ct)).ToProto();

    public async Task<Proto.ListApplicationsResponse> ListAsync(Proto.ListApplicationsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var key = $"applications:{area}:{request.Status}:{request.ProgrammeCode}";
        var query = db.Applications.AsNoTracking();
        if (area.Length > 0)
        {
            query = query.Where(a => a.VillageCode.StartsWith(area));
        }
        if (request.Status != Proto.ApplicationStatus.Unspecified)
        {
            query = query.Where(a => a.Status == request.Status);
        }
        if (request.ProgrammeCode.Length > 0)
        {
            query = query.Where(a => a.ProgrammeCode == request.ProgrammeCode);
        }
        var page = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, key, 50, 500), a => a.Id, newestFirst: true, ct);
        return new Proto.ListApplicationsResponse { Applications = { page.Items.Select(a => a.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public async Task<Proto.Application> AdvanceAsync(Proto.AdvanceApplicationRequest request, CancellationToken ct)
    {
        ApplicationValidator.Validate(request);

        var application = (await FindAsync(request.Id, ct)).RequireEtag(request.Etag, ResourceType, request.Id);
        var next = ApplicationWorkflow.Next(application.Status, request.Action)
            ?? throw new PreconditionFailedException("Application {0} is {1}; {2} does not apply.", application.Id, application.Status, request.Action);
        if (ApplicationWorkflow.IsDecision(request.Action) && application.SubmittedBy == caller.Caller.Subject)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Separation of duties: the person who submitted an application may not decide it."));
        }
        // Approving an application that fails the programme's rules is an override: it needs its reason, which the
        // history and the audit record keep.
        var overriding = request.Action == Proto.ApplicationAction.Approve && !application.Eligible;
        if (overriding && request.Reason.Trim().Length == 0)
        {
            var failed = string.Join("; ", application.Eligibility.Where(r => !r.Passed).Select(r => $"{r.Rule}: {r.Explanation}"));
            throw new PreconditionFailedException("Application {0} fails the programme's rules ({1}); approving it is an override and needs a reason.", application.Id, failed);
        }
        application.EligibilityOverridden |= overriding;
        application.History.Add(new StatusChange
        {
            From = application.Status, To = next, By = caller.Caller.Subject, ByName = caller.Caller.Name, At = clock.GetUtcNow().UtcDateTime, Reason = request.Reason, Override = overriding,
        });
        application.Status = next;
        if (next == Proto.ApplicationStatus.Active)
        {
            var programme = await catalog.FindAsync(application.ProgrammeCode, tracked: false, ct);
            if (programme.Kind == Proto.ProgrammeKind.Cash)
            {
                db.Benefits.AddRange(BenefitDesk.Entitlements(application, programme, clock.Today(), clock.GetUtcNow().UtcDateTime));
            }
        }
        // A cash benefit that stops leaves her without that income: employment is asked to help (a referral, routine).
        var referral = next == Proto.ApplicationStatus.Ended && await catalog.FindAsync(application.ProgrammeCode, tracked: false, ct) is { Kind: Proto.ProgrammeKind.Cash }
            && !await db.Set<ReferralRecord>().AnyAsync(r => r.Open && r.Sent && r.WomanId == application.WomanId && r.Target == ResourceNames.Employment && r.Reason == ReferralReason.Other, ct)
            ? referrals.Outgoing(ResourceNames.Employment, application.WomanId, application.VillageCode, ReferralReason.Other, [ReferralNeed.Employment], ReferralUrgency.Routine)
            : null;
        if (referral is not null)
        {
            db.Add(referral);
        }
        await db.SaveWithEventsAsync(() => [.. AssistanceEvents.Of(application, next), .. referral is null ? [] : ReferralFactory.EventsOf(referral)], signal, clock, ct);
        return application.ToProto();
    }

    private Task<AssistanceApplication> FindAsync(long id, CancellationToken ct) =>
        db.FindInScopeAsync<AssistanceApplication>(id, a => a.VillageCode, caller.Scope, ResourceType, ct);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
