namespace Suite.GrpcServer.Errors;

/// <summary>The etag sent is not the current one: someone else changed the record (ABORTED).</summary>
public sealed class EtagMismatchException(string resourceType, string resourceId)
    : Exception($"{resourceType} {resourceId} was changed by someone else; read it again and retry with the new etag.")
{
    public string ResourceType { get; } = resourceType;
    public string ResourceId { get; } = resourceId;
}
