namespace Suite.ServiceDefaults.Errors;

/// <summary>The resource is not in a state that allows the operation (FAILED_PRECONDITION).</summary>
public sealed class PreconditionFailedException(string message) : Exception(message);
