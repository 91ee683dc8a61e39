using System.Diagnostics;
using System.Text.Json;
using Grpc.Core;
using Grpc.Net.Client;
using Suite.Contracts;
using Suite.Security;
using Suite.Security.Tokens;

namespace Suite.Benchmarks;

/// <summary>
/// The suite as production runs it: the Release Aspire app host has DCP start redis-server and each service as its
/// own process on its own SQLite file, with authentication on. Four things differ from `scripts/run.sh`: the
/// Registry seeds the sample areas but no sample women, the per-caller rate limit is lifted (the benchmark is one
/// caller doing the work of a province), service endpoints go through DCP's proxy so that one run measures a
/// call both through the proxy (<see cref="ProxiedChannel"/>) and straight to the service (<see cref="Channel"/>,
/// the default run's path), and the web console lets the browser cache its static files as a published one does.
/// Like every local run it is the Development environment (the services take the local signing key only outside
/// Production), so the console offers its development sign-in.
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

    /// <summary>The app host's output, with every service's console lines (resource logging).</summary>
    public string LogFile => Path.Combine(DataDirectory, "apphost.log");

    /// <summary>Each resource's state and process id, read afresh from the resource table.</summary>
    public IReadOnlyDictionary<string, (string State, int Pid)> States() => ReadResources(DataDirectory).ToDictionary(
        r => r.Key, r => (r.Value.GetProperty("state").GetString() ?? "", r.Value.TryGetProperty("pid", out var pid) && pid.ValueKind == JsonValueKind.Number ? pid.GetInt32() : 0));

    private IReadOnlyDictionary<string, JsonElement> Resources { get; set; }

    public string RegistryDatabase => Path.Combine(DataDirectory, ResourceNames.RegistryDb + ".db");

    public string AssistanceDatabase => Path.Combine(DataDirectory, ResourceNames.AssistanceDb + ".db");

    public string LegalAidDatabase => Path.Combine(DataDirectory, ResourceNames.LegalAidDb + ".db");

    public string EmploymentDatabase => Path.Combine(DataDirectory, ResourceNames.EmploymentDb + ".db");

    public string FamilyEducationDatabase => Path.Combine(DataDirectory, ResourceNames.FamilyEducationDb + ".db");

    public string CommunityDatabase => Path.Combine(DataDirectory, ResourceNames.CommunityDb + ".db");

    public string SupervisionDatabase => Path.Combine(DataDirectory, ResourceNames.SupervisionDb + ".db");

    /// <summary>Each department service's database, by service.</summary>
    public IReadOnlyDictionary<string, string> Databases => new Dictionary<string, string>
    {
        [ResourceNames.Registry] = RegistryDatabase, [ResourceNames.Assistance] = AssistanceDatabase, [ResourceNames.LegalAid] = LegalAidDatabase,
        [ResourceNames.Employment] = EmploymentDatabase, [ResourceNames.FamilyEducation] = FamilyEducationDatabase,
        [ResourceNames.Community] = CommunityDatabase,
    };

    /// <summary>The web console's address (its endpoint is never proxied).</summary>
    public Uri ConsoleAddress => new(Resources[ResourceNames.Console].GetProperty("endpoint").GetString()!);

    /// <summary>The service's own listener (Redis: host and port).</summary>
    public string Endpoint(string resource) => Resources[resource].GetProperty("direct").GetString()!;

    /// <summary>The process of a resource: redis-server itself, or the service that DCP's <c>dotnet run</c> started.</summary>
    public int ProcessId(string resource)
    {
        var pid = Resources[resource].GetProperty("pid").GetInt32();
        return resource == ResourceNames.Cache ? pid : ChildOf(pid);
    }

    public static async Task<SuiteUnderTest> StartAsync(string repositoryRoot, string dataDirectory)
    {
        var appHost = Path.Combine(repositoryRoot, "AppHost", "bin", "Release", "net10.0", "Suite.AppHost.dll");
        var start = new ProcessStartInfo("dotnet", [appHost, "--data-dir", dataDirectory, "--sample-data", "Areas", "--service-endpoints", "proxied"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["RateLimiting__PermitsPerSecond"] = "1000000";
        start.Environment["RateLimiting__Burst"] = "1000000";
        // The console runs in Development like every local run, where static files would be served no-cache and each
        // page load would ask for every script and style sheet again; a published console lets the browser keep them.
        start.Environment["EnableStaticAssetsDevelopmentCaching"] = "true";
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
            if (new[] { ResourceNames.Cache, ResourceNames.Registry, ResourceNames.Assistance, ResourceNames.LegalAid, ResourceNames.Employment, ResourceNames.FamilyEducation, ResourceNames.Supervision, ResourceNames.Console }.All(resources.ContainsKey)
                && resources.Values.All(r => r.GetProperty("state").GetString() == "Running"
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

    /// <summary>The token the web console's development sign-in gives one of the development identities (same subject and claims).</summary>
    public string Token(DevelopmentIdentities.Identity person) =>
        _issuer.Mint(person.Subject, person.Name, person.Department, person.Role, person.Area, TimeSpan.FromHours(2));

    /// <summary>One HTTP/2 connection per service and token, as a long-lived client keeps, straight to the service.</summary>
    public GrpcChannel Channel(string resource, string token) => Channel(resource, token, "direct");

    /// <summary>The same through DCP's proxy, as clients reach a service whose endpoint is proxied.</summary>
    public GrpcChannel ProxiedChannel(string resource, string token) => Channel(resource, token, "endpoint");

    private GrpcChannel Channel(string resource, string token, string endpoint)
    {
        var key = resource + "|" + token + "|" + endpoint;
        if (!_channels.TryGetValue(key, out var channel))
        {
            channel = OpenChannel(Resources[resource].GetProperty(endpoint).GetString()!, token);
            _channels[key] = channel;
        }
        return channel;
    }

    /// <summary>A new HTTP/2 connection to an address with a token (the caller disposes it).</summary>
    public static GrpcChannel OpenChannel(string address, string token)
    {
        var credentials = CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("Authorization", "Bearer " + token);
            return Task.CompletedTask;
        });
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials),
            UnsafeUseInsecureChannelCallCredentials = true,
            MaxReceiveMessageSize = 16 * 1024 * 1024,
        });
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
            // SIGTERM: the app host has DCP stop every service and redis-server.
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

    private static int ChildOf(int launcher) => int.Parse(
        File.ReadAllText($"/proc/{launcher}/task/{launcher}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries).Single(),
        System.Globalization.CultureInfo.InvariantCulture);

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
