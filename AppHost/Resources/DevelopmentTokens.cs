using Suite.Security;
using Suite.Security.Tokens;

namespace Suite.AppHost.Resources;

/// <summary>Ready-made tokens for <see cref="DevelopmentIdentities.Common"/>, in {data}/tokens/{department}.{role}.jwt.</summary>
public static class DevelopmentTokens
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>Writes the tokens and returns their folder.</summary>
    public static string Write(string dataDirectory, string signingKey)
    {
        var folder = Path.Combine(dataDirectory, "tokens");
        Directory.CreateDirectory(folder);
        var issuer = new LocalTokenIssuer(signingKey);
        foreach (var person in DevelopmentIdentities.Common)
        {
            var token = issuer.Mint(person.Subject, person.Name, person.Department, person.Role, person.Area, Lifetime);
            LocalSecretsFile.WritePrivate(Path.Combine(folder, person.FileName), token);
        }
        return folder;
    }
}
