using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Suite.Security;

namespace Suite.Audit;

/// <summary>
/// Calls refused by authorization never reach the gRPC interceptors; this handler writes their audit record
/// (UNAUTHENTICATED or PERMISSION_DENIED) for audited RPCs, with the resources the request named, so the log covers
/// every attempt, not only the allowed ones, and the query for a record shows who tried to read it.
/// </summary>
public sealed class AuditingAuthorizationResultHandler(IAuditTrail trail, GrpcAuthorizationResultHandler refusals, TimeProvider clock, ILogger<AuditingAuthorizationResultHandler> logger)
    : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Succeeded && context.GetEndpoint()?.Metadata.GetOrderedMetadata<AuditedAttribute>() is { Count: > 0 } declared)
        {
            var outcome = authorizeResult.Challenged ? "UNAUTHENTICATED" : "PERMISSION_DENIED";
            try
            {
                var scope = new AuditScope(declared);
                if (await RefusedRequest.ReadAsync(context) is { } request)
                {
                    scope.FromRequest(request);
                }
                var entry = AuditEntry.For(Caller.From(context.User), context.Request.Path, outcome, clock.GetUtcNow().UtcDateTime);
                entry.Purpose = scope.Purpose;
                entry.Resources = scope.Resources.Distinct().Select(r => new AuditEntryResource { Resource = r }).ToList();
                await trail.AppendAsync(entry, context.RequestAborted);
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
