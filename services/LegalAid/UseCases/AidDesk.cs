using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Model;
using Suite.LegalAid.Rules;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>Legal aid: the simplified review against the Registry's record, the decision, the provider and the outcome.</summary>
public sealed class AidDesk(LegalAidDbContext db, MatterFinder matters, MatterAccess access, RegistryWomen registry, CurrentCaller caller, TimeProvider clock)
{
    public const string ResourceType = "suite.legalaid.v1.LegalAidApplication";

    public async Task<Proto.LegalAidApplication> CreateAsync(Proto.CreateLegalAidApplicationRequest request, CancellationToken ct)
    {
        AidValidator.Validate(request);
        var (aid, created) = await db.CreateOnceAsync<LegalAidCase>(a => a.RequestId == request.RequestId, () => SubmitAsync(request, ct), new(caller.Scope, ResourceType, x => x.AreaCode, x => x.Id), ct);
        return aid.ToProto();
    }

    private async Task<LegalAidCase> SubmitAsync(Proto.CreateLegalAidApplicationRequest request, CancellationToken ct)
    {
        if (request.MatterId > 0)
        {
            var matter = await matters.FindAsync(request.MatterId, ct, "matter_id");
            access.RequireDetails(matter);
            if (matter.WomanId != request.WomanId)
            {
                throw ValidationFailedException.For("matter_id", "is not a matter of this woman");
            }
            if (!MatterWorkflow.IsOpen(matter.Status))
            {
                throw new PreconditionFailedException("Matter {0} is closed: legal aid is applied for on an open matter.", matter.Id);
            }
        }
        // The facts of the review are the Registry's, read with the caller's token.
        var woman = await registry.GetAsync(request.WomanId, ct);
        var (rule, explanation) = MeansTest.Apply(woman);
        if (!MeansTest.IsExempt(rule) && request.HardshipStatement.Trim().Length == 0)
        {
            throw ValidationFailedException.For("hardship_statement", "is required: her Registry record does not exempt her from the means test (minimum living allowance, extreme poverty, low income or disability)");
        }
        var aid = new LegalAidCase
        {
            RequestId = request.RequestId,
            WomanId = woman.Id,
            AreaCode = woman.VillageCode,
            MatterId = request.MatterId > 0 ? request.MatterId : null,
            Scope = request.Scope,
            MeansTest = rule,
            MeansTestExplanation = explanation,
            HardshipStatement = MeansTest.IsExempt(rule) ? "" : request.HardshipStatement,
            Status = Proto.AidStatus.Submitted,
            SubmittedBy = caller.Caller.Subject,
            SubmittedAt = clock.GetUtcNow().UtcDateTime,
            Version = 1,
        };
        db.AidCases.Add(aid);
        await db.SaveChangesAsync(ct);
        return aid;
    }

    public async Task<Proto.LegalAidApplication> GetAsync(long id, CancellationToken ct) => (await FindAsync(id, ct)).ToProto();

    public async Task<Proto.ListLegalAidApplicationsResponse> ListAsync(Proto.ListLegalAidApplicationsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var key = $"aid:{area}:{request.Status}";
        var query = db.AidCases.AsNoTracking().Where(a => a.AreaCode.StartsWith(area));
        if (request.Status != Proto.AidStatus.Unspecified)
        {
            query = query.Where(a => a.Status == request.Status);
        }
        var page = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, key, 50, 200), a => a.Id, newestFirst: true, ct);
        return new Proto.ListLegalAidApplicationsResponse { Applications = { page.Items.Select(a => a.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public async Task<Proto.LegalAidApplication> DecideAsync(Proto.DecideLegalAidApplicationRequest request, CancellationToken ct)
    {
        AidValidator.Validate(request);
        var aid = await FindForChangeAsync(request.Id, request.Etag, Proto.AidStatus.Submitted, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        aid.Status = request.Approve ? Proto.AidStatus.Approved : Proto.AidStatus.Refused;
        aid.DecisionReason = request.Reason;
        aid.DecidedBy = caller.Caller.Subject;
        aid.DecidedAt = now;
        aid.DaysToDecision = (int)(now - aid.SubmittedAt).TotalDays;
        await db.SaveChangesAsync(ct);
        return aid.ToProto();
    }

    public async Task<Proto.LegalAidApplication> AssignProviderAsync(Proto.AssignLegalAidProviderRequest request, CancellationToken ct)
    {
        AidValidator.Validate(request);
        var aid = await FindForChangeAsync(request.Id, request.Etag, Proto.AidStatus.Approved, ct);
        aid.Status = Proto.AidStatus.Assigned;
        aid.ProviderName = request.ProviderName;
        aid.ProviderKind = request.ProviderKind;
        await db.SaveChangesAsync(ct);
        return aid.ToProto();
    }

    public async Task<Proto.LegalAidApplication> RecordOutcomeAsync(Proto.RecordLegalAidOutcomeRequest request, CancellationToken ct)
    {
        AidValidator.Validate(request);
        var aid = await FindForChangeAsync(request.Id, request.Etag, Proto.AidStatus.Assigned, ct);
        aid.Status = Proto.AidStatus.Closed;
        aid.Outcome = request.Outcome;
        await db.SaveChangesAsync(ct);
        return aid.ToProto();
    }

    private Task<LegalAidCase> FindAsync(long id, CancellationToken ct) =>
        db.FindInScopeAsync<LegalAidCase>(id, a => a.AreaCode, caller.Scope, ResourceType, ct);

    private async Task<LegalAidCase> FindForChangeAsync(long id, string etag, Proto.AidStatus expected, CancellationToken ct)
    {
        var aid = (await FindAsync(id, ct)).RequireEtag(etag, ResourceType, id);
        if (aid.Status != expected)
        {
            throw new PreconditionFailedException("Legal-aid application {0} is {1}; this step needs {2}.", aid.Id, ProtoEnumNames.Of(aid.Status), ProtoEnumNames.Of(expected));
        }
        return aid;
    }
}
