using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Suite.Security.Tokens;

/// <summary>
/// Mints short-lived tokens with the local development key, for the AppHost's ready-made tokens, the token
/// command and the tests. In production tokens come from the identity provider.
/// </summary>
public sealed class LocalTokenIssuer(string base64Key, string issuer = JwtOptions.LocalIssuer, string audience = JwtOptions.DefaultAudience)
{
    private readonly SigningCredentials _credentials = new(
        new SymmetricSecurityKey(Convert.FromBase64String(base64Key)) { KeyId = JwtOptions.LocalKeyId }, SecurityAlgorithms.HmacSha256);

    /// <summary>A new random key, base64: 256 bits for HMAC-SHA256.</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Mint(string subject, string name, string department, string role, string area, TimeSpan lifetime, DateTime? notBefore = null)
    {
        var start = notBefore ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = start,
            IssuedAt = start,
            Expires = start + lifetime,
            SigningCredentials = _credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim(SuiteClaims.Subject, subject),
                new Claim(SuiteClaims.Name, name),
                new Claim(SuiteClaims.Department, department),
                new Claim(SuiteClaims.Role, role),
                new Claim(SuiteClaims.Area, area),
            ]),
        });
    }
}
