namespace Suite.GrpcServer.Errors;

/// <summary>One or more request fields are invalid (INVALID_ARGUMENT).</summary>
public sealed class ValidationFailedException(IReadOnlyList<(string Field, string Description)> violations)
    : Exception("Request is invalid: " + string.Join("; ", violations.Select(v => $"{v.Field}: {v.Description}")))
{
    public IReadOnlyList<(string Field, string Description)> Violations { get; } = violations;

    public static ValidationFailedException For(string field, string description) => new([(field, description)]);
}
