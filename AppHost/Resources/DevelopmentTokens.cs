using Suite.Security;
using Suite.Security.Tokens;

namespace Suite.AppHost.Resources;

/// <summary>Ready-made tokens for the common roles of the sample county 林口县, in {data}/tokens/{department}.{role}.jwt.</summary>
public static class DevelopmentTokens
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    /// <summary>Who the tokens are for: department, role, area ("*" for the admin's nationwide scope), display name.</summary>
    public static readonly (string Department, string Role, string Area, string Name)[] CommonRoles =
    [
        ("civil-affairs", "admin", SuiteClaims.Nationwide, "省民政厅管理员"),
        ("civil-affairs", "county-officer", "231025", "林口县民政局干部"),
        ("civil-affairs", "township-officer", "231025100", "林口镇干部"),
        ("civil-affairs", "village-staff", "231025100201", "东升村专干"),
        ("civil-affairs", "auditor", "23", "黑龙江省安全审计员"),
        ("womens-federation", "county-officer", "231025", "林口县妇联干部"),
        ("womens-federation", "township-officer", "231025100", "林口镇妇联主席"),
        ("womens-federation", "village-staff", "231025100201", "东升村妇女之家专干"),
        ("education", "county-officer", "231025", "林口县教育局干部"),
        ("justice", "county-officer", "231025", "林口县司法局干部"),
        ("public-security", "county-officer", "231025", "林口县公安局干部"),
        ("human-resources", "county-officer", "231025", "林口县人社局干部"),
    ];

    /// <summary>Writes the tokens and returns their folder.</summary>
    public static string Write(string dataDirectory, string signingKey)
    {
        var folder = Path.Combine(dataDirectory, "tokens");
        Directory.CreateDirectory(folder);
        var issuer = new LocalTokenIssuer(signingKey);
        foreach (var (department, role, area, name) in CommonRoles)
        {
            var token = issuer.Mint($"local:{department}:{role}", name, department, role, area, Lifetime);
            LocalSecretsFile.WritePrivate(Path.Combine(folder, $"{department}.{role}.jwt"), token);
        }
        return folder;
    }
}
