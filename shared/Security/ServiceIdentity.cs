using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Suite.Security.Tokens;

namespace Suite.Security;

/// <summary>
/// The token a service's background workers call with, when no caller's token is there to forward: in production
/// <c>ServiceIdentity:Token</c>, issued by the identity provider (client credentials); in development a token minted
/// with the local key for subject <c>service:{name}</c>, department <c>services</c>, role <c>{name}-worker</c>,
/// nationwide. What a worker may do is granted to that department+role in configuration, like any caller.
/// </summary>
public sealed class ServiceIdentity(IConfiguration configuration, IHostEnvironment environment)
{
    public const string Department = "services";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly Lock _lock = new();
    private (string Token, DateTime RenewAt) _current;

    public string ServiceName => configuration["OTEL_SERVICE_NAME"] ?? environment.ApplicationName;

    public string Role => ServiceName + "-worker";

    /// <summary>The bearer token, or null when the service has no identity configured.</summary>
    public string? Token()
    {
        if (configuration["ServiceIdentity:Token"] is { Length: > 0 } issued)
        {
            return issued;
        }
        var localKey = JwtOptions.From(configuration).SigningKeys.GetValueOrDefault(JwtOptions.LocalKeyId);
        if (localKey is null || environment.IsProduction())
        {
            return null;
        }
        lock (_lock)
        {
            if (DateTime.UtcNow >= _current.RenewAt)
            {
                var jwt = JwtOptions.From(configuration);
                var token = new LocalTokenIssuer(localKey, jwt.Issuer, jwt.Audience)
                    .Mint($"service:{ServiceName}", ServiceName, Department, Role, SuiteClaims.Nationwide, Lifetime);
                _current = (token, DateTime.UtcNow + Lifetime / 2);
            }
            return _current.Token;
        }
    }
}
