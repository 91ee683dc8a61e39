namespace Suite.AppHost.Hosting;

/// <summary>Collects the topology; <see cref="Build"/> makes the host that runs it.</summary>
public sealed class SuiteHostBuilder(HostContext context, string[] args)
{
    private readonly List<Resource> _resources = [];

    /// <summary>The value after <c>--name</c> on the command line, or the fallback.</summary>
    public string Option(string name, string fallback)
    {
        var index = Array.IndexOf(args, "--" + name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }

    public ResourceBuilder<LocalSecretsResource> AddLocalSecrets(string name) => Add(new LocalSecretsResource(name));

    public ResourceBuilder<RedisResource> AddRedis(string name) => Add(new RedisResource(name));

    public ResourceBuilder<SqliteDatabaseResource> AddSqliteDatabase(string name) => Add(new SqliteDatabaseResource(name));

    /// <summary>A service project; the path is relative to the AppHost folder, as in Aspire.</summary>
    public ResourceBuilder<ProjectResource> AddProject(string name, string projectPath) => Add(new ProjectResource(name, projectPath));

    public SuiteHost Build() => new(context with { Log = new ConsoleLog(_resources.Select(r => r.Name)) }, _resources);

    private ResourceBuilder<T> Add<T>(T resource) where T : Resource
    {
        if (_resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named {resource.Name} is declared twice.");
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(resource);
    }
}
