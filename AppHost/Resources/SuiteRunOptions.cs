using Microsoft.Extensions.Configuration;

namespace Suite.AppHost.Resources;

/// <summary>
/// What one run of the app host is asked for, from its command line or configuration: where data lives, which
/// sample data the Registry seeds, which database provider the services use, and whether service endpoints go
/// through DCP's proxy (direct by default: docs/benchmarks.md measures the hop).
/// </summary>
public sealed record SuiteRunOptions(string DataDirectory, string SampleData, bool SqlServer, bool ProxyServices, bool IsPublishing)
{
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
        // A published deployment runs on its operator's SQL Server; SQLite files are for a run on this machine.
        var publishing = builder.ExecutionContext.IsPublishMode;
        return new SuiteRunOptions(data, config["sample-data"] ?? (publishing ? "None" : "All"), database == "sqlserver" || publishing, endpoints == "proxied", publishing);
    }

    /// <summary>The provider name the services read from <c>Database:Provider</c>.</summary>
    public string DatabaseProvider => SqlServer ? "SqlServer" : "Sqlite";
}
