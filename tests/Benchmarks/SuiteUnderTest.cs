using System.Diagnostics;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Suite.Contracts;
using Suite.ServiceDefaults.Security;

namespace Suite.Benchmarks;

/// <summary>
/// The suite as production runs it: the Release AppHost starts redis-server and each service as its own process
/// on its own SQLite file, with authentication on. Only two things differ from `scripts/run.sh`: the Registry
/// seeds the sample areas but no sample women, and the per-caller rate limit is lifted, because the benchmark is
/// one caller doing the work of a province.
/// </summary>
public sealed class SuiteUnderTest : IAsyncDisposable
{
    private readonly Process _host;
    private readonly StreamWriter _log;
    private readonly LocalTokenIssuer _issuer;
    private readonly Dictionary<string, GrpcChannel> _channels = [];

    private SuiteUnderTest(string dataDirectory, Process host, StreamWriter log, IReadOnlyDictionary<string, JsonElement> resources)
    {
        DataDirectory = dataDirectory;
        _host = host;
        _log = log;
        Resources = resources;
        _issuer = new LocalTokenIssuer(LocalSecretsFile.Read(dataDirectory)!.SigningKey);
    }

    public string DataDirectory { get; }

    private IReadOnlyDictionary<string, JsonElement> Resources { get; set; }

    public string RegistryDatabase => Path.Combine(DataDirectory, ResourceNames.RegistryDb + ".db");

    public string AssistanceDatabase => Path.Combine(DataDirectory, ResourceNames.AssistanceDb + ".db");

    public string Endpoint(string resource) => Resources[resource].GetProperty("endpoint").GetString()!;

    public int ProcessId(string resource) => Resources[resource].GetProperty("pid").GetInt32();

    public static async Task<SuiteUnderTest> StartAsync(string repositoryRoot, string dataDirectory)
    {
        var appHost = Path.Combine(repositoryRoot, "AppHost", "bin", "Release", "net10.0", "Suite.AppHost.dll");
        var start = new ProcessStartInfo("dotnet", [appHost, "--data-dir", dataDirectory, "--sample-data", "Areas"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["RateLimiting__PermitsPerSecond"] = "1000000";
        start.Environment["RateLimiting__Burst"] = "1000000";
        var log = new StreamWriter(Path.Combine(dataDirectory, "apphost.log")) { AutoFlush = true };
        var host = Process.Start(start)!;
        host.OutputDataReceived += (_, e) => Write(log, e.Data);
        host.ErrorDataReceived += (_, e) => Write(log, e.Data);
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var resources = ReadResources(dataDirectory);
            if (resources.Count > 0 && resources.Values.All(r => r.GetProperty("state").GetString() == "Running"
                && r.GetProperty("health").GetString() == "Healthy"))
            {
                return new SuiteUnderTest(dataDirectory, host, log, resources);
            }
            if (host.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The suite did not come up; see {Path.Combine(dataDirectory, "apphost.log")}.");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>A signed token as the sign-in service would issue it.</summary>
    public string Token(string department, string role, string area) =>
        _issuer.Mint($"bench:{department}:{role}:{area}", "基准测试", department, role, area, TimeSpan.FromHours(2));

    /// <summary>One HTTP/2 connection per service and token, as a long-lived client keeps.</summary>
    public GrpcChannel Channel(string resource, string token)
    {
        var key = resource + "|" + token;
        if (!_channels.TryGetValue(key, out var channel))
        {
            var credentials = CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", "Bearer " + token);
                return Task.CompletedTask;
            });
            channel = GrpcChannel.ForAddress(Endpoint(resource), new GrpcChannelOptions
            {
                Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials),
                UnsafeUseInsecureChannelCallCredentials = true,
                MaxReceiveMessageSize = 16 * 1024 * 1024,
            });
            _channels[key] = channel;
        }
        return channel;
    }

    /// <summary>Re-reads the resource table (a restarted service has a new process id).</summary>
    public void Refresh() => Resources = ReadResources(DataDirectory);

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
        if (!_host.HasExited)
        {
            // SIGTERM: the AppHost stops every service and redis-server in order.
            Process.Start("kill", ["-TERM", _host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _host.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _host.Kill(entireProcessTree: true);
            }
        }
        _host.Dispose();
        await _log.DisposeAsync();
    }

    private static Dictionary<string, JsonElement> ReadResources(string dataDirectory)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dataDirectory, "apphost", "resources.json")));
            return document.RootElement.GetProperty("resources").EnumerateArray()
                .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.Clone());
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return [];
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }
}
