using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Suite.Security;

/// <summary>The permission an RPC requires; put <c>[Authorize(Permissions.X)]</c> on each service method.</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}
