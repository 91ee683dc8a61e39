using System.Security.Claims;
using System.Text.RegularExpressions;
using Suite.Domain;
using Suite.Security.Tokens;

namespace Suite.Security;

/// <summary>
/// Fail closed: a token whose subject, department, role or area claim is missing, empty or malformed is refused
/// (UNAUTHENTICATED), so that no claim read by a policy defaults to "everything". Nationwide scope is the explicit area
/// "*", carried only by the admin role (and by service identities, which act for a whole deployment).
/// </summary>
public static partial class ClaimRules
{
    public const string AdminRole = "admin";

    /// <summary>What is wrong with the token's claims, or null when they are well formed.</summary>
    public static string? Problem(ClaimsPrincipal user)
    {
        // Each claim once, as a JSON string: an array (several claims of one type), a number or an object is malformed,
        // never read as its first element.
        foreach (var type in new[] { SuiteClaims.Subject, SuiteClaims.Department, SuiteClaims.Role, SuiteClaims.Area })
        {
            var claims = user.FindAll(type).ToList();
            if (claims.Count > 1 || claims.Any(c => c.ValueType != ClaimValueTypes.String))
            {
                return $"the token's {type} claim is malformed (it must be one JSON string)";
            }
        }
        var subject = user.FindFirstValue(SuiteClaims.Subject);
        var department = user.FindFirstValue(SuiteClaims.Department);
        var role = user.FindFirstValue(SuiteClaims.Role);
        var area = user.FindFirstValue(SuiteClaims.Area);
        if (string.IsNullOrWhiteSpace(subject))
        {
            return "the token has no subject (sub) claim";
        }
        if (department is null || !Code().IsMatch(department))
        {
            return "the token's department claim is missing or malformed";
        }
        if (role is null || !Code().IsMatch(role))
        {
            return "the token's role claim is missing or malformed";
        }
        if (area == SuiteClaims.Nationwide)
        {
            return role == AdminRole || department == ServiceIdentity.Department ? null : $"only the {AdminRole} role may carry the nationwide area claim \"*\"";
        }
        return area is { Length: > 0 } && AreaCode.IsValidPrefix(area) ? null : "the token's area claim is missing or malformed (2, 4, 6, 9 or 12 digits, or \"*\" for an admin)";
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,49}$")]
    private static partial Regex Code();
}
