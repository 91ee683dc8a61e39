using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Suite.GrpcServer.Errors;
using Suite.Security;

namespace Suite.Audit;

/// <summary>Writes the audit record of an audited RPC refused before its interceptors ran (an undecodable request).</summary>
public sealed class AuditingRefusedCallRecorder(IAuditTrail trail, TimeProvider clock, ILogger<AuditingRefusedCallRecorder> logger) : IRefusedCallRecorder
{
    public async Task RecordAsync(HttpContext context, StatusCode outcome)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is null)
        {
            return;
        }
        try
        {
            await trail.AppendAsync(AuditEntry.For(Caller.From(context.User), context.Request.Path, AuditOutcome.Name(outcome), clock.GetUtcNow().UtcDateTime), context.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The audit record of a refused call to {Path} ({Outcome}) could not be written", context.Request.Path, outcome);
        }
    }
}
