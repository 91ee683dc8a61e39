namespace Suite.ServiceDefaults.Errors;

/// <summary>A unique resource already exists (ALREADY_EXISTS); the existing id is named.</summary>
public sealed class ResourceAlreadyExistsException(string resourceType, string existingId, string what)
    : Exception($"{what} already exists as {resourceType} {existingId}.")
{
    public string ResourceType { get; } = resourceType;
    public string ExistingId { get; } = existingId;
}
