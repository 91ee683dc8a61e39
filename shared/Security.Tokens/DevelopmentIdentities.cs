namespace Suite.Security.Tokens;

/// <summary>
/// The people of the sample county 林口县 that local development signs in as: the app host writes a ready-made token
/// for each, and the web console's development sign-in offers them. Never used in production (tokens come from the
/// identity provider there).
/// </summary>
public static class DevelopmentIdentities
{
    public sealed record Identity(string Department, string Role, string Area, string Name)
    {
        /// <summary>The token's subject: stable per department and role, so audit records name the same person.</summary>
        public string Subject => $"local:{Department}:{Role}";

        /// <summary>The file the app host writes the token to: {department}.{role}.jwt.</summary>
        public string FileName => $"{Department}.{Role}.jwt";
    }

    /// <summary>Department, role, area ("*" for the admin's nationwide scope) and display name.</summary>
    public static readonly IReadOnlyList<Identity> Common =
    [
        new("civil-affairs", "admin", SuiteClaims.Nationwide, "省民政厅管理员"),
        new("civil-affairs", "county-officer", "231025", "林口县民政局干部"),
        new("civil-affairs", "township-officer", "231025100", "林口镇干部"),
        new("civil-affairs", "village-staff", "231025100201", "东升村专干"),
        new("civil-affairs", "auditor", "23", "黑龙江省安全审计员"),
        new("womens-federation", "county-officer", "231025", "林口县妇联干部"),
        new("womens-federation", "township-officer", "231025100", "林口镇妇联主席"),
        new("womens-federation", "village-staff", "231025100201", "东升村妇女之家专干"),
        new("education", "county-officer", "231025", "林口县教育局干部"),
        new("justice", "county-officer", "231025", "林口县司法局干部"),
        new("public-security", "county-officer", "231025", "林口县公安局干部"),
        new("human-resources", "county-officer", "231025", "林口县人社局干部"),
        new("health", "counsellor", "231025100", "林口镇卫生院心理咨询师"),
        new("government", "county-leader", "231025", "林口县分管副县长"),
    ];
}
