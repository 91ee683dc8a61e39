using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Suite.GrpcServer.Errors;
using Suite.Security.Tokens;

namespace Suite.Web.SignIn;

/// <summary>
/// The signed-in person as the console knows them: the suite token the services will read (kept in the session
/// cookie, encrypted by data protection) and, for the page header, the department, role and area it carries.
/// </summary>
public sealed record ConsoleUser(string Token, string Subject, string Name, string Department, string Role, string Area)
{
    /// <summary>The claim of the session cookie that carries the suite token.</summary>
    public const string TokenClaim = "suite_token";

    /// <summary>"民政 县级干部": who this is, in the words staff use.</summary>
    public string Post => $"{ErrorText.Chinese("department", Department)} {ErrorText.Chinese("role", Role)}";

    /// <summary>The session's claims: the token and, read from it, what the header shows.</summary>
    public static ClaimsIdentity Identity(string token, string authenticationType)
    {
        var jwt = new JsonWebToken(token);
        string Claim(string type) => jwt.TryGetPayloadValue<string>(type, out var value) ? value : "";
        return new ClaimsIdentity(
        [
            new Claim(TokenClaim, token),
            new Claim(SuiteClaims.Subject, Claim(SuiteClaims.Subject)),
            new Claim(SuiteClaims.Name, Claim(SuiteClaims.Name)),
            new Claim(SuiteClaims.Department, Claim(SuiteClaims.Department)),
            new Claim(SuiteClaims.Role, Claim(SuiteClaims.Role)),
            new Claim(SuiteClaims.Area, Claim(SuiteClaims.Area)),
        ], authenticationType, SuiteClaims.Name, SuiteClaims.Role);
    }

    /// <summary>The person of a signed-in principal, or null when it carries no suite token.</summary>
    public static ConsoleUser? From(ClaimsPrincipal principal)
    {
        var token = principal.FindFirstValue(TokenClaim);
        if (principal.Identity?.IsAuthenticated != true || string.IsNullOrEmpty(token))
        {
            return null;
        }
        string Claim(string type) => principal.FindFirstValue(type) ?? "";
        return new ConsoleUser(token, Claim(SuiteClaims.Subject), Claim(SuiteClaims.Name), Claim(SuiteClaims.Department),
            Claim(SuiteClaims.Role), Claim(SuiteClaims.Area));
    }
}
