using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Suite.ServiceDefaults.Security;

namespace Suite.ServiceDefaults.Audit;

/// <summary>
/// Calls refused by authorization never reach the gRPC interceptors; this handler writes their audit record
/// (UNAUTHENTICATED or PERMISSION_DENIED) for audited RPCs, so the log covers every attempt, not only the allowed ones.
/// </summary>
public sealed class AuditingAuthorizationResultHandler(IAuditTrail trail, TimeProvider clock) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Succeeded && context.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is not null)
        {
            var outcome = authorizeResult.Challenged ? "UNAUTHENTICATED" : "PERMISSION_DENIED";
            await trail.AppendAsync(AuditEntry.For(Caller.From(context.User), context.Request.Path, outcome, clock.GetUtcNow().UtcDateTime), context.RequestAborted);
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
