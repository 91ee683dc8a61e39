using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Suite.Security;

/// <summary>Every policy name that contains a dot is a permission ("registry.women.read"): one policy per permission, built on demand.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        await base.GetPolicyAsync(policyName) ?? (policyName.Contains('.')
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build()
            : null);
}
