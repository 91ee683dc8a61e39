using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.Security;
using Suite.Security.Tokens;

namespace Suite.AppHost.Resources;

public static class SuiteKeysExtensions
{
    private const string SigningKey = "jwt-signing-key";
    private const string FieldKey = "field-encryption-key";
    private const string HashKey = "field-hash-key";
    private const string FieldKeyId = "local1";
    // The services refuse the development key id in Production; a published deployment's shared key has its own.
    private const string DeploymentSigningKeyId = "deployment";

    /// <summary>
    /// The keys as secret parameters (<c>Parameters:{name}</c> from configuration or user secrets). For a local run
    /// without them, development keys are created once in {data}/secrets (owner-only, outside git) and ready-made
    /// 12-hour tokens for the common roles are written to {data}/tokens when the app starts.
    /// </summary>
    public static SuiteKeys AddSuiteKeys(this IDistributedApplicationBuilder builder, SuiteRunOptions run)
    {
        if (!run.IsPublishing && string.IsNullOrEmpty(builder.Configuration[$"Parameters:{SigningKey}"]))
        {
            var local = LocalSecretsFile.LoadOrCreate(run.DataDirectory);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"Parameters:{SigningKey}"] = local.SigningKey,
                [$"Parameters:{FieldKey}"] = local.FieldKey,
                [$"Parameters:{HashKey}"] = local.HashKey,
            });
        }
        var keys = new SuiteKeys(
            run.IsPublishing ? DeploymentSigningKeyId : JwtOptions.LocalKeyId,
            builder.AddParameter(SigningKey, secret: true),
            builder.AddParameter(FieldKey, secret: true),
            builder.AddParameter(HashKey, secret: true));
        if (!run.IsPublishing)
        {
            builder.Eventing.Subscribe<BeforeStartEvent>(async (e, ct) =>
            {
                var signingKey = await keys.SigningKey.Resource.GetValueAsync(ct);
                var folder = DevelopmentTokens.Write(run.DataDirectory, signingKey!);
                e.Services.GetRequiredService<ILogger<SuiteKeys>>().LogInformation(
                    "Development tokens (12 h) for the common roles are in {Folder}; the suite CLI: scripts/suite.sh login …", folder);
            });
        }
        return keys;
    }

    /// <summary>Hands the keys to a service as the configuration it reads (docs/security.md).</summary>
    public static IResourceBuilder<ProjectResource> WithSuiteKeys(this IResourceBuilder<ProjectResource> service, SuiteKeys keys) => service
        .WithEnvironment($"Authentication__Jwt__SigningKeys__{keys.SigningKeyId}", keys.SigningKey)
        .WithEnvironment($"DataProtection__Keys__{FieldKeyId}", keys.FieldKey)
        .WithEnvironment("DataProtection__ActiveKeyId", FieldKeyId)
        .WithEnvironment("DataProtection__HashKey", keys.HashKey);
}
