namespace Suite.AppHost.Hosting;

/// <summary>Lifecycle states shown in the resource table.</summary>
public enum ResourceState
{
    Waiting,
    Starting,
    Running,
    Restarting,
    Stopped,
    Failed,
}

/// <summary>A part of the suite the host runs or points at: Redis, a database, a service.</summary>
public abstract class Resource(string name)
{
    public string Name { get; } = name;

    public ResourceState State { get; set; } = ResourceState.Waiting;

    /// <summary>"Healthy", "Degraded", "Unhealthy" or "" before the first check.</summary>
    public string Health { get; set; } = "";

    /// <summary>Where clients reach it, e.g. http://127.0.0.1:5101; empty for a file database.</summary>
    public virtual string Endpoint => "";

    public virtual int? ProcessId => null;

    /// <summary>Resources this one must see healthy before it starts.</summary>
    public List<Resource> WaitsFor { get; } = [];

    /// <summary>What a resource that references this one receives, the way Aspire injects it.</summary>
    public abstract IEnumerable<KeyValuePair<string, string>> ReferenceEnvironment();

    public abstract Task StartAsync(HostContext context, CancellationToken cancellationToken);

    public abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    public abstract Task StopAsync();
}
