using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Suite.Security.Tokens;

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

    /// <summary>The area prefix the caller's scope covers: empty for the nationwide area "*".</summary>
    public string AreaPrefix => Area == SuiteClaims.Nationwide ? "" : Area;

    /// <summary>"Name (subject)", as recorded on change records.</summary>
    public string Display => Name.Length > 0 ? $"{Name} ({Subject})" : Subject;
}
