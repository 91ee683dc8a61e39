using Grpc.Core;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Suite.GrpcServer.Errors;

namespace Suite.Security;

/// <summary>
/// A gRPC call refused by authentication or authorization gets a gRPC status and a message that says why
/// (UNAUTHENTICATED with the token's fault, PERMISSION_DENIED naming the permission), not a bare HTTP 401/403.
/// </summary>
public sealed class GrpcAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || !GrpcStatusHeaders.IsGrpc(context.Request))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        if (authorizeResult.Challenged)
        {
            // The handler caches its result per request: this reads why the token failed, without validating it again.
            var fault = (await context.AuthenticateAsync()).Failure?.Message;
            await GrpcStatusHeaders.WriteAsync(context.Response, StatusCode.Unauthenticated,
                fault is null ? "The call needs a valid bearer token: run 'suite login'." : $"The bearer token was refused: {Short(fault)}",
                fault is null ? "身份未通过：需要有效的登录令牌，请运行 suite login。" : $"身份未通过：令牌被拒绝（{Short(fault)}）");
            return;
        }
        var caller = Caller.From(context.User);
        var missing = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<PermissionRequirement>().Select(r => r.Permission).ToList() ?? [];
        await GrpcStatusHeaders.WriteAsync(context.Response, StatusCode.PermissionDenied, missing.Count > 0
            ? $"This call needs the {string.Join(", ", missing)} permission, which {caller.Department} / {caller.Role} does not hold."
            : "This call is not allowed for your role.",
            missing.Count > 0
                ? $"没有权限：此操作需要“{string.Join("、", missing)}”权限，{ErrorText.Chinese("department", caller.Department)}{ErrorText.Chinese("role", caller.Role)}没有该权限。"
                : "没有权限：你的角色不能进行此操作。");
    }

    // Token validation messages carry error codes and key ids ("IDX10223: Lifetime validation failed…"): the first sentence says enough.
    private static string Short(string fault)
    {
        var text = fault.StartsWith("IDX", StringComparison.Ordinal) && fault.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon ? fault[(colon + 2)..] : fault;
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }
}
