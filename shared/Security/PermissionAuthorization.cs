using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Suite.Security;

/// <summary>The permission an RPC requires; put <c>[Authorize(Permissions.X)]</c> on each service method.</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}

/// <summary>Grants a permission when the caller's department and role hold it in configuration.</summary>
public sealed class PermissionHandler(PermissionGrants grants) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var caller = Caller.From(context.User);
        if (grants.Allows(caller.Department, caller.Role, requirement.Permission))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Every policy name that contains a dot is a permission ("registry.women.read"): one policy per permission, built on demand.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        await base.GetPolicyAsync(policyName) ?? (policyName.Contains('.')
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build()
            : null);
}
