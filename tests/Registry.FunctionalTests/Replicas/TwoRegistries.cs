using Microsoft.Data.Sqlite;
using Suite.Contracts;

namespace Suite.Registry.FunctionalTests.Replicas;

/// <summary>
/// Two instances of the Registry in one test, as a province runs them behind a load balancer: one SQLite file, one
/// Redis database, each instance its own process state (audit writer, outbox relay, caches, leases).
/// </summary>
public sealed class TwoRegistries : IDisposable
{
    private readonly ServiceFiles _files = new();

    public TwoRegistries(IReadOnlyDictionary<string, string>? settings = null)
    {
        CacheConnectionString = SharedRedis.Instance.IsolatedConnectionString();
        var all = new Dictionary<string, string> { ["Registry:SampleData"] = "Areas", ["Events:LeaseSeconds"] = "2" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        A = new(ResourceNames.RegistryDb, DatabasePath, CacheConnectionString, Clock, all);
        B = new(ResourceNames.RegistryDb, DatabasePath, CacheConnectionString, Clock, all);
    }

    public string DatabasePath => _files["registry.db"];

    public string CacheConnectionString { get; }

    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero));

    public SuiteServiceHost<RegistryEntryPoint> A { get; }

    public SuiteServiceHost<RegistryEntryPoint> B { get; }

    /// <summary>Both instances started at the same moment (start-up work included).</summary>
    public async Task StartTogetherAsync() => await Task.WhenAll(Task.Run(() => A.Server), Task.Run(() => B.Server));

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        _files.Dispose();
    }
}
