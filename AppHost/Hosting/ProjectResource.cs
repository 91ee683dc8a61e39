using System.Diagnostics;
using System.Net;

namespace Suite.AppHost.Hosting;

/// <summary>
/// A service project run as its own process on a loopback port, with configuration injected as Aspire does:
/// ASPNETCORE_URLS, OTEL_* and each reference's connection string or service-discovery address.
/// </summary>
public sealed class ProjectResource(string name, string projectPath) : Resource(name)
{
    private static readonly HttpClient Probe = new()
    {
        // Services speak HTTP/2 only (plain-text gRPC); the probe does too.
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(5),
    };

    private readonly string _instanceId = Guid.NewGuid().ToString("N");
    private SupervisedProcess? _process;
    private int _port;

    public List<Resource> References { get; } = [];

    public Dictionary<string, string> Environment { get; } = [];

    public override string Endpoint => _port == 0 ? "" : $"http://127.0.0.1:{_port}";

    public override int? ProcessId => _process?.Id;

    public Task Exited => _process?.Exited ?? Task.CompletedTask;

    public int ExitCode => _process?.ExitCode ?? 0;

    public override IEnumerable<KeyValuePair<string, string>> ReferenceEnvironment() =>
    [
        new($"services__{Name}__http__0", Endpoint),
        new($"{Name.ToUpperInvariant().Replace('-', '_')}_HTTP", Endpoint),
    ];

    public override Task StartAsync(HostContext context, CancellationToken cancellationToken)
    {
        if (_port == 0)
        {
            _port = LoopbackPorts.Free();
        }
        var projectFile = Path.GetFullPath(Path.Combine(context.AppHostDirectory, projectPath));
        var projectDirectory = Path.GetDirectoryName(projectFile)!;
        var assembly = Path.Combine(projectDirectory, "bin", context.Configuration, "net10.0", Path.GetFileNameWithoutExtension(projectFile) + ".dll");
        if (!File.Exists(assembly))
        {
            throw new InvalidOperationException($"{Name}: {assembly} is missing; build the solution first (dotnet build Suite.sln -c {context.Configuration}).");
        }
        // Equivalent of Aspire's "dotnet run --no-launch-profile" on an already built project.
        var start = new ProcessStartInfo("dotnet", [assembly]) { WorkingDirectory = projectDirectory };
        foreach (var (key, value) in InjectedEnvironment())
        {
            start.Environment[key] = value;
        }
        _process = new SupervisedProcess(Name, start, context.Log);
        _process.Start();
        return Task.CompletedTask;
    }

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Probe.GetAsync($"{Endpoint}/health", cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            Health = !response.IsSuccessStatusCode ? "Unhealthy" : body.Contains("\"Degraded\"", StringComparison.Ordinal) ? "Degraded" : "Healthy";
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Health = "";
            return false;
        }
    }

    public override Task StopAsync() => _process?.StopAsync() ?? Task.CompletedTask;

    private IEnumerable<KeyValuePair<string, string>> InjectedEnvironment()
    {
        yield return new("ASPNETCORE_URLS", Endpoint);
        yield return new("ASPNETCORE_ENVIRONMENT", "Development");
        yield return new("DOTNET_ENVIRONMENT", "Development");
        yield return new("LOGGING__CONSOLE__FORMATTERNAME", "simple");
        yield return new("OTEL_SERVICE_NAME", Name);
        yield return new("OTEL_RESOURCE_ATTRIBUTES", $"service.instance.id={_instanceId}");
        // A collector is used only when the operator points the host at one, as with Aspire's dashboard.
        var otlp = System.Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (!string.IsNullOrEmpty(otlp))
        {
            yield return new("OTEL_EXPORTER_OTLP_ENDPOINT", otlp);
            yield return new("OTEL_EXPORTER_OTLP_PROTOCOL", System.Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_PROTOCOL") ?? "grpc");
            yield return new("OTEL_BSP_SCHEDULE_DELAY", "1000");
            yield return new("OTEL_BLRP_SCHEDULE_DELAY", "1000");
            yield return new("OTEL_METRIC_EXPORT_INTERVAL", "1000");
            yield return new("OTEL_TRACES_SAMPLER", "always_on");
        }
        foreach (var reference in References)
        {
            foreach (var pair in reference.ReferenceEnvironment())
            {
                yield return pair;
            }
        }
        foreach (var pair in Environment)
        {
            yield return pair;
        }
    }
}
