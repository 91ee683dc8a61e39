using Suite.ServiceDefaults.Security;

namespace Suite.AppHost.Hosting;

/// <summary>
/// Development keys, created on first run in data/secrets (never in git): the local token signing key and the
/// field encryption and hashing keys. Services that reference it receive them as configuration, the way Aspire
/// hands over parameters. Once up, ready-made tokens for the common roles are written to data/tokens.
/// In production the keys come from a key store and tokens from the identity provider (docs/security.md).
/// </summary>
public sealed class LocalSecretsResource(string name) : Resource(name)
{
    public const string FieldKeyId = "local1";
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(12);

    /// <summary>Who the ready-made tokens are for: department, role, area (the sample county 林口县 and its places).</summary>
    public static readonly (string Department, string Role, string Area, string Name)[] CommonRoles =
    [
        ("civil-affairs", "admin", "", "省民政厅管理员"),
        ("civil-affairs", "county-officer", "231025", "林口县民政局干部"),
        ("civil-affairs", "township-officer", "231025100", "林口镇干部"),
        ("civil-affairs", "village-staff", "231025100201", "东升村专干"),
        ("civil-affairs", "auditor", "", "安全审计员"),
        ("womens-federation", "county-officer", "231025", "林口县妇联干部"),
    ];

    public LocalSecrets Secrets { get; private set; } = new("", "", "");

    private string _file = "";

    public override string Endpoint => _file;

    public override IEnumerable<KeyValuePair<string, string>> ReferenceEnvironment() =>
    [
        new($"Authentication__Jwt__SigningKeys__{JwtOptions.LocalKeyId}", Secrets.SigningKey),
        new($"DataProtection__Keys__{FieldKeyId}", Secrets.FieldKey),
        new("DataProtection__ActiveKeyId", FieldKeyId),
        new("DataProtection__HashKey", Secrets.HashKey),
    ];

    /// <summary>Where the ready-made tokens are, once started.</summary>
    public string TokenFolder { get; private set; } = "";

    public override Task StartAsync(HostContext context, CancellationToken cancellationToken)
    {
        Secrets = LocalSecretsFile.LoadOrCreate(context.DataDirectory);
        _file = LocalSecretsFile.PathIn(context.DataDirectory);
        TokenFolder = WriteTokens(context);
        return Task.CompletedTask;
    }

    public override Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        Health = "Healthy";
        return Task.FromResult(true);
    }

    public override Task StopAsync() => Task.CompletedTask;

    /// <summary>Writes data/tokens/{department}.{role}.jwt and returns the folder.</summary>
    private string WriteTokens(HostContext context)
    {
        var folder = Path.Combine(context.DataDirectory, "tokens");
        Directory.CreateDirectory(folder);
        var issuer = new LocalTokenIssuer(Secrets.SigningKey);
        foreach (var (department, role, area, displayName) in CommonRoles)
        {
            var token = issuer.Mint($"local:{department}:{role}", displayName, department, role, area, TokenLifetime);
            LocalSecretsFile.WritePrivate(Path.Combine(folder, $"{department}.{role}.jwt"), token);
        }
        return folder;
    }
}
