using Suite.Security.Tokens;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Suite.Security;

/// <summary>Who is calling: read from the validated token of the current request.</summary>
public sealed record Caller(string Subject, string Name, string Department, string Role, string Area)
{
    public static Caller From(ClaimsPrincipal user) => new(
        user.FindFirstValue(SuiteClaims.Subject) ?? "",
        user.FindFirstValue(SuiteClaims.Name) ?? "",
        user.FindFirstValue(SuiteClaims.Department) ?? "",
        user.FindFirstValue(SuiteClaims.Role) ?? "",
        user.FindFirstValue(SuiteClaims.Area) ?? "");

    /// <summary>"Name (subject)", as recorded on change records.</summary>
    public string Display => Name.Length > 0 ? $"{Name} ({Subject})" : Subject;
}

/// <summary>The caller of the current call, for application services.</summary>
public sealed class CurrentCaller(IHttpContextAccessor accessor, PermissionGrants grants)
{
    private Caller? _caller;
    private AreaScope? _scope;

    // Scoped to one request, whose principal does not change: read the claims once (an import asks per row).
    public Caller Caller => _caller ??= Caller.From(accessor.HttpContext?.User ?? new ClaimsPrincipal());

    public AreaScope Scope => _scope ??= new(Caller.Area);

    public bool Has(string permission) => grants.Allows(Caller.Department, Caller.Role, permission);
}
