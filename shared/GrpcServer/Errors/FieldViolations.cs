namespace Suite.GrpcServer.Errors;

/// <summary>
/// Collects every field at fault in a request so that the caller learns all of them at once,
/// then throws <see cref="ValidationFailedException"/> (mapped to INVALID_ARGUMENT with google.rpc.BadRequest).
/// </summary>
public sealed class FieldViolations
{
    private readonly List<(string Field, string Description)> _items = [];

    public IReadOnlyList<(string Field, string Description)> Items => _items;

    public bool IsEmpty => _items.Count == 0;

    public void Add(string field, string description) => _items.Add((field, description));

    /// <summary>Adds a violation when <paramref name="valid"/> is false; returns <paramref name="valid"/>.</summary>
    public bool Require(bool valid, string field, string description)
    {
        if (!valid)
        {
            Add(field, description);
        }
        return valid;
    }

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationFailedException(_items);
        }
    }
}
