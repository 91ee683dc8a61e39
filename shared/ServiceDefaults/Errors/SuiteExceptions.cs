namespace Suite.ServiceDefaults.Errors;

// The failures a service raises on purpose; ErrorMappingInterceptor turns each into one gRPC status.

/// <summary>One or more request fields are invalid (INVALID_ARGUMENT).</summary>
public sealed class ValidationFailedException(IReadOnlyList<(string Field, string Description)> violations)
    : Exception("Request is invalid: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<(string Field, string Description)> Violations { get; } = violations;

    public static ValidationFailedException For(string field, string description) => new([(field, description)]);
}

/// <summary>The resource does not exist, or the caller may not know that it does (NOT_FOUND).</summary>
public sealed class ResourceNotFoundException(string resourceType, string resourceId)
    : Exception($"{resourceType} {resourceId} was not found.")
{
    public string ResourceType { get; } = resourceType;
    public string ResourceId { get; } = resourceId;
}

/// <summary>A unique resource already exists (ALREADY_EXISTS); the existing id is named.</summary>
public sealed class ResourceAlreadyExistsException(string resourceType, string existingId, string what)
    : Exception($"{what} already exists as {resourceType} {existingId}.")
{
    public string ResourceType { get; } = resourceType;
    public string ExistingId { get; } = existingId;
}

/// <summary>The etag sent is not the current one: someone else changed the record (ABORTED).</summary>
public sealed class EtagMismatchException(string resourceType, string resourceId)
    : Exception($"{resourceType} {resourceId} was changed by someone else; read it again and retry with the new etag.")
{
    public string ResourceType { get; } = resourceType;
    public string ResourceId { get; } = resourceId;
}

/// <summary>The resource is not in a state that allows the operation (FAILED_PRECONDITION).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
