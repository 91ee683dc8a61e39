using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Suite.Security;

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
