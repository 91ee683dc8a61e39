namespace Suite.AppHost.Hosting;

/// <summary>Fluent declaration of a resource, with the names Aspire uses (WithReference, WaitFor, WithEnvironment).</summary>
public sealed class ResourceBuilder<T>(T resource) where T : Resource
{
    public T Resource { get; } = resource;

    /// <summary>Hands the referenced resource's connection string or service address to this one.</summary>
    public ResourceBuilder<T> WithReference<TOther>(ResourceBuilder<TOther> other) where TOther : Resource
    {
        AsProject().References.Add(other.Resource);
        return this;
    }

    /// <summary>Starts this one only after the other is healthy.</summary>
    public ResourceBuilder<T> WaitFor<TOther>(ResourceBuilder<TOther> other) where TOther : Resource
    {
        Resource.WaitsFor.Add(other.Resource);
        return this;
    }

    public ResourceBuilder<T> WithEnvironment(string name, string value)
    {
        AsProject().Environment[name] = value;
        return this;
    }

    private ProjectResource AsProject() => Resource as ProjectResource
        ?? throw new InvalidOperationException($"{Resource.Name} is not a project; only projects take references and environment.");
}
