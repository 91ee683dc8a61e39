using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Suite.Security.Tokens;

namespace Suite.Security;

/// <summary>The caller of the current call, for application services.</summary>
public sealed class CurrentCaller(IHttpContextAccessor accessor, PermissionGrants grants)
{
    private Caller? _caller;
    private AreaScope? _scope;

    // Scoped to one request, whose principal does not change: read the claims once (an import asks per row).
    public Caller Caller => _caller ??= Caller.From(accessor.HttpContext?.User ?? new ClaimsPrincipal());

    public AreaScope Scope => _scope ??= new(Caller.AreaPrefix);

    public bool Has(string permission) => grants.Allows(Caller.Department, Caller.Role, permission);
}
