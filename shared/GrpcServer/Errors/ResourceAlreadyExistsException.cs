namespace Suite.GrpcServer.Errors;

/// <summary>A unique resource already exists (ALREADY_EXISTS); the existing id is named, unless the caller may not know it (empty).</summary>
public sealed class ResourceAlreadyExistsException(string resourceType, string existingId, string what, string? instead = null)
    : Exception(instead is null ? $"{what} already exists as {ErrorText.ResourceWords(resourceType)} {existingId}." : $"{what} {instead}.")
{
    public string ResourceType { get; } = resourceType;
    public string ExistingId { get; } = existingId;
}
