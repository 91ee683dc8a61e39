using Microsoft.AspNetCore.Hosting;
using Suite.Security;
using Suite.Security.Tokens;

namespace Suite.TestSupport;

/// <summary>The settings every suite service under test gets: its SQLite file, its Redis database and the test keys.</summary>
public static class SuiteServiceSettings
{
    public static IWebHostBuilder UseSuiteTestSettings(this IWebHostBuilder builder, string connectionName, string databasePath, string cacheConnection)
    {
        builder.UseSetting($"ConnectionStrings:{connectionName}", $"Data Source={databasePath}");
        builder.UseSetting("ConnectionStrings:cache", cacheConnection);
        builder.UseSetting($"Authentication:Jwt:SigningKeys:{JwtOptions.LocalKeyId}", TestTokens.SigningKey);
        builder.UseSetting("DataProtection:Keys:test1", TestTokens.FieldKey);
        builder.UseSetting("DataProtection:ActiveKeyId", "test1");
        builder.UseSetting("DataProtection:HashKey", TestTokens.HashKey);
        return builder;
    }
}
