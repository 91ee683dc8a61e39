using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Persistence;
using Suite.Security;

namespace Suite.Audit;

/// <summary>The audit API every service exposes over its own log.</summary>
public sealed class AuditGrpcService(IAuditTrail trail, IServiceScopeFactory scopes) : AuditService.AuditServiceBase
{
    [Authorize(SuitePermissions.AuditRead)]
    [Audited]
    public override async Task<QueryAuditRecordsResponse> QueryAuditRecords(QueryAuditRecordsRequest request, ServerCallContext context)
    {
        var size = PageToken.Size(request.PageSize, 100, 500);
        var key = $"audit:{request.Resource}:{request.Subject}:{request.FromTime}:{request.ToTime}";
        var before = PageToken.Decode(request.PageToken, key, 1) is { } token ? long.Parse(token[0], CultureInfo.InvariantCulture) : long.MaxValue;
        await using var scope = scopes.CreateAsyncScope();
        var query = trail.Query(scope).Where(e => e.Id < before);
        if (request.Resource.Length > 0)
        {
            query = query.Where(e => e.Resources.Any(r => r.Resource == request.Resource));
        }
        if (request.Subject.Length > 0)
        {
            query = query.Where(e => e.Subject == request.Subject);
        }
        if (request.FromTime is not null)
        {
            var from = request.FromTime.ToDateTime();
            query = query.Where(e => e.Time >= from);
        }
        if (request.ToTime is not null)
        {
            var to = request.ToTime.ToDateTime();
            query = query.Where(e => e.Time < to);
        }
        var page = await query.OrderByDescending(e => e.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new QueryAuditRecordsResponse { Records = { page.Take(size).Select(ToProto) } };
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(key, page[size - 1].Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    // Reading the audit trail is itself audited: who looked, when, with what outcome.
    [Authorize(SuitePermissions.AuditRead)]
    [Audited]
    public override async Task<VerifyAuditChainResponse> VerifyAuditChain(VerifyAuditChainRequest request, ServerCallContext context)
    {
        var (intact, checkedCount, firstBroken, problem) = await trail.VerifyAsync(context.CancellationToken);
        return new VerifyAuditChainResponse { Intact = intact, RecordsChecked = checkedCount, FirstBrokenId = firstBroken, Problem = problem };
    }

    private static Contracts.Common.V1.AuditRecord ToProto(AuditEntry e) => new()
    {
        Id = e.Id,
        Time = e.Time.ToUtcTimestamp(),
        Subject = e.Subject,
        Name = e.Name,
        Department = e.Department,
        Role = e.Role,
        Area = e.Area,
        Action = e.Action,
        Resources = { e.Resources.OrderBy(r => r.Position).Select(r => r.Resource) },
        Purpose = e.Purpose,
        Outcome = e.Outcome,
        TraceId = e.TraceId,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };
}
