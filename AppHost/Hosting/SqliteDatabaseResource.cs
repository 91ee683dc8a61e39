namespace Suite.AppHost.Hosting;

/// <summary>
/// A service's embedded database: a SQLite file under data/. It stands where Aspire would add a SQL Server
/// database; there is no process to run, only a connection string to hand over.
/// </summary>
public sealed class SqliteDatabaseResource(string name) : Resource(name)
{
    private string _path = "";

    public override string Endpoint => _path;

    public override IEnumerable<KeyValuePair<string, string>> ReferenceEnvironment() =>
    [
        new($"ConnectionStrings__{Name}", $"Data Source={_path}"),
        new("Database__Provider", "Sqlite"),
    ];

    public override Task StartAsync(HostContext context, CancellationToken cancellationToken)
    {
        _path = Path.Combine(context.DataDirectory, Name + ".db");
        return Task.CompletedTask;
    }

    // The service itself reports whether it can open the file (its /health "registrydb" check).
    public override Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        Health = "Healthy";
        return Task.FromResult(true);
    }

    public override Task StopAsync() => Task.CompletedTask;
}
