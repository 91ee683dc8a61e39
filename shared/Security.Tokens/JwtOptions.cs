using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Suite.Security.Tokens;

/// <summary>
/// Token validation settings (<c>Authentication:Jwt</c>): issuer, audience, and either an identity provider's
/// <c>Authority</c> (keys from its JWKS) or <c>SigningKeys:{key id}</c> = base64 HMAC-SHA256 keys.
/// The key id <see cref="LocalKeyId"/> is the development key the AppHost creates; it is refused in Production.
/// </summary>
public sealed class JwtOptions
{
    public const string Section = "Authentication:Jwt";
    public const string LocalKeyId = "local";
    public const string LocalIssuer = "suite-local";
    public const string DefaultAudience = "suite";

    public string Issuer { get; init; } = LocalIssuer;
    public string Audience { get; init; } = DefaultAudience;
    public string? Authority { get; init; }
    public Dictionary<string, string> SigningKeys { get; init; } = [];

    public static JwtOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<JwtOptions>() ?? new JwtOptions();

    public IEnumerable<SecurityKey> Keys() =>
        SigningKeys.Select(k => new SymmetricSecurityKey(Convert.FromBase64String(k.Value)) { KeyId = k.Key });
}
