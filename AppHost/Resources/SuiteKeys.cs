namespace Suite.AppHost.Resources;

/// <summary>
/// The three secret parameters every service receives: token signing (under <paramref name="SigningKeyId"/>), field
/// encryption, field hashing.
/// </summary>
public sealed record SuiteKeys(
    string SigningKeyId,
    IResourceBuilder<ParameterResource> SigningKey,
    IResourceBuilder<ParameterResource> FieldKey,
    IResourceBuilder<ParameterResource> HashKey);
