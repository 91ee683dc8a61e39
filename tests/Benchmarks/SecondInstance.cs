using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Grpc.Net.Client;

namespace Suite.Benchmarks;

/// <summary>
/// A second process of a service the app host runs, started the way DCP started the first: the same command line,
/// working directory and environment, read from /proc, with its own listening port (plain HTTP/2, as the first) and
/// its own instance name, and no sample data (the first seeded it). Both then share the service's SQLite file and
/// redis-server: the replicas setup of issue 33, without the app host knowing of the second. Stopped with SIGTERM,
/// as DCP stops a service, so it gives up its leases and leaves the consumer group as a stopping instance does.
/// </summary>
public sealed partial class SecondInstance : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<GrpcChannel> _channels = [];

    private SecondInstance(Process process, string address, string logFile)
    {
        _process = process;
        Address = address;
        LogFile = logFile;
    }

    /// <summary>Its listener, "http://localhost:port".</summary>
    public string Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>Its console output (it is not under the app host, so its lines are not in apphost.log).</summary>
    public string LogFile { get; }

    /// <summary>
    /// Starts a copy of the service process <paramref name="pid"/>, listening at <paramref name="firstAddress"/>, and
    /// waits until its /health says Healthy. <paramref name="environment"/> sets or overrides variables of the copy.
    /// </summary>
    public static async Task<SecondInstance> StartAsync(int pid, string firstAddress, string logFile, IReadOnlyDictionary<string, string> environment)
    {
        var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        var workingDirectory = new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget ?? throw new InvalidOperationException($"no working directory for process {pid}");
        var first = new Uri(firstAddress);
        var address = $"{first.Scheme}://{first.Host}:{FreePort()}";
        var start = new ProcessStartInfo(commandLine[0], commandLine[1..])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Clear();
        foreach (var (name, value) in ReadEnvironment(pid))
        {
            // Every mention of the first's listener (ASPNETCORE_URLS, and any port variable DCP set) names the second's.
            start.Environment[name] = value.Replace(first.Authority, new Uri(address).Authority, StringComparison.Ordinal);
        }
        start.Environment["ASPNETCORE_URLS"] = address;
        if (start.Environment.ContainsKey("OTEL_SERVICE_INSTANCE_ID"))
        {
            start.Environment["OTEL_SERVICE_INSTANCE_ID"] = "bench-second-" + Guid.NewGuid().ToString("N")[..8];
        }
        if (start.Environment.TryGetValue("OTEL_RESOURCE_ATTRIBUTES", out var attributes) && attributes is not null)
        {
            start.Environment["OTEL_RESOURCE_ATTRIBUTES"] = InstanceAttribute().Replace(attributes, "service.instance.id=bench-second");
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.Exited += (_, _) => log.Dispose();
        process.EnableRaisingEvents = true;

        var instance = new SecondInstance(process, address, logFile);
        using var probe = new HttpClient { DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The second instance exited with {process.ExitCode} at start; see {logFile}.");
            }
            try
            {
                using var response = await probe.GetAsync(address + "/health");
                if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("\"Healthy\"", StringComparison.Ordinal))
                {
                    return instance;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            if (DateTime.UtcNow > deadline)
            {
                await instance.DisposeAsync();
                throw new InvalidOperationException($"The second instance did not become healthy in 2 minutes; see {logFile}.");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>One HTTP/2 connection to the second instance with a token, as <see cref="SuiteUnderTest.Channel"/> to the first.</summary>
    public GrpcChannel Channel(string token)
    {
        var channel = SuiteUnderTest.OpenChannel(Address, token);
        _channels.Add(channel);
        return channel;
    }

    /// <summary>The lines it logged at error or critical level.</summary>
    public IReadOnlyList<string> Errors() => File.Exists(LogFile)
        ? ReadShared(LogFile).Select(l => Colours().Replace(l, "")).Where(l => ErrorLine().IsMatch(l)).ToList()
        : [];

    public async ValueTask DisposeAsync()
    {
        foreach (var channel in _channels)
        {
            channel.Dispose();
        }
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        _process.Dispose();
    }

    private static Dictionary<string, string> ReadEnvironment(int pid) => File.ReadAllText($"/proc/{pid}/environ")
        .Split('\0', StringSplitOptions.RemoveEmptyEntries)
        .Select(v => v.Split('=', 2))
        .Where(v => v.Length == 2)
        .ToDictionary(v => v[0], v => v[1]);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                try
                {
                    log.WriteLine(line);
                }
                catch (ObjectDisposedException)
                {
                    // The last lines after the process exited.
                }
            }
        }
    }

    // The console logger's level prefix at the start of a line (or after a timestamp).
    [GeneratedRegex(@"(^|\s)(fail|crit): ")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex Colours();

    [GeneratedRegex(@"service\.instance\.id=[^,]*")]
    private static partial Regex InstanceAttribute();
}
