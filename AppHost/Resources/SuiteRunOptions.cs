using Microsoft.Extensions.Configuration;

namespace Suite.AppHost.Resources;

/// <summary>
/// What one run of the app host is asked for, from its command line or configuration: where data lives, which
/// sample data the Registry seeds, which database provider the services use, whether service endpoints go
/// through DCP's proxy (direct by default: docs/benchmarks.md measures the hop) and how many instances of each
/// department service run (<c>--replicas N</c>, 1 to 8).
/// </summary>
public sealed record SuiteRunOptions(string DataDirectory, string SampleData, bool SqlServer, bool ProxyServices, bool IsPublishing, int Replicas)
{
    /// <summary>The most instances of one service a run may ask for: eight of seven services is already 56 processes.</summary>
    public const int MaxReplicas = 8;


    public static SuiteRunOptions From(IDistributedApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var data = config["data-dir"] is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "data"));
        var database = config["database"] ?? "sqlite";
        if (database is not ("sqlite" or "sqlserver"))
        {
            throw new ArgumentException($"--database must be sqlite or sqlserver, not '{database}'.");
        }
        var endpoints = config["service-endpoints"] ?? "direct";
        if (endpoints is not ("direct" or "proxied"))
        {
            throw new ArgumentException($"--service-endpoints must be direct or proxied, not '{endpoints}'.");
        }
        var replicasText = config["replicas"] ?? "1";
        if (!int.TryParse(replicasText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var replicas)
            || replicas is < 1 or > MaxReplicas)
        {
            throw new ArgumentException($"--replicas must be a whole number from 1 to {MaxReplicas}, not '{replicasText}'.");
        }
        // A published deployment runs on its operator's SQL Server; SQLite files are for a run on this machine.
        var publishing = builder.ExecutionContext.IsPublishMode;
        // Replicas share one address only through DCP's proxy, which spreads the calls over them: with more than one
        // instance every service endpoint is proxied, whatever --service-endpoints says.
        var proxied = endpoints == "proxied" || replicas > 1;
        return new SuiteRunOptions(data, config["sample-data"] ?? (publishing ? "None" : "All"), database == "sqlserver" || publishing, proxied, publishing, replicas);
    }

    /// <summary>The provider name the services read from <c>Database:Provider</c>.</summary>
    public string DatabaseProvider => SqlServer ? "SqlServer" : "Sqlite";
}
