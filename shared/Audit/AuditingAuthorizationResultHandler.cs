using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Suite.Security;

namespace Suite.Audit;

/// <summary>
/// Calls refused by authorization never reach the gRPC interceptors; this handler writes their audit record
/// (UNAUTHENTICATED or PERMISSION_DENIED) for audited RPCs, so the log covers every attempt, not only the allowed ones.
/// </summary>
public sealed class AuditingAuthorizationResultHandler(IAuditTrail trail, GrpcAuthorizationResultHandler refusals, TimeProvider clock, ILogger<AuditingAuthorizationResultHandler> logger)
    : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Succeeded && context.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is not null)
        {
            var outcome = authorizeResult.Challenged ? "UNAUTHENTICATED" : "PERMISSION_DENIED";
            try
            {
                await trail.AppendAsync(AuditEntry.For(Caller.From(context.User), context.Request.Path, outcome, clock.GetUtcNow().UtcDateTime), context.RequestAborted);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The call is refused either way and hands out nothing; its refusal is logged instead of failing the call.
                logger.LogError(ex, "The audit record of a refused call to {Path} ({Outcome}) could not be written", context.Request.Path, outcome);
            }
        }
        await refusals.HandleAsync(next, context, policy, authorizeResult);
    }
}
