namespace Suite.GrpcServer.Errors;

/// <summary>The resource does not exist, or the caller may not know that it does (NOT_FOUND).</summary>
public sealed class ResourceNotFoundException(string resourceType, string resourceId)
    : Exception($"{ErrorText.ResourceWords(resourceType)} {resourceId} was not found.")
{
    public string ResourceType { get; } = resourceType;
    public string ResourceId { get; } = resourceId;
}
