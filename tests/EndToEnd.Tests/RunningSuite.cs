using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Suite.TestSupport;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// The AppHost started as an operator starts it (its own process, its own data folder), read through the
/// resource file it keeps, and stopped with Ctrl+C (SIGINT).
/// </summary>
public sealed class RunningSuite : IAsyncDisposable
{
    private const int SigInt = 2;
    private readonly Process _host;
    private readonly StringBuilder _output = new();

    private RunningSuite(string dataDirectory, Process host)
    {
        DataDirectory = dataDirectory;
        _host = host;
    }

    public string DataDirectory { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static RunningSuite Start()
    {
        var data = Directory.CreateTempSubdirectory("suite-e2e-").FullName;
        var appHost = Path.Combine(Repository.Root, "AppHost", "bin", Configuration, "net10.0", "Suite.AppHost.dll");
        var process = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet", [appHost, "--data-dir", data]) { RedirectStandardOutput = true, RedirectStandardError = true },
        };
        var suite = new RunningSuite(data, process);
        process.OutputDataReceived += (_, e) => suite.Append(e.Data);
        process.ErrorDataReceived += (_, e) => suite.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return suite;
    }

    public async Task<ResourceInfo> WaitForAsync(string name, Func<ResourceInfo, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var resource = Resources().FirstOrDefault(r => r.Name == name);
            if (resource is not null && condition(resource))
            {
                return resource;
            }
            if (_host.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"{name} did not reach the expected state. AppHost output:\n{Output}");
            }
            await Task.Delay(200);
        }
    }

    public IReadOnlyList<ResourceInfo> Resources()
    {
        var path = Path.Combine(DataDirectory, "apphost", "resources.json");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.GetProperty("resources").EnumerateArray().Select(r => new ResourceInfo(
                r.GetProperty("name").GetString()!, r.GetProperty("state").GetString()!, r.GetProperty("health").GetString()!,
                r.GetProperty("pid").ValueKind == JsonValueKind.Number ? r.GetProperty("pid").GetInt32() : null,
                r.GetProperty("endpoint").GetString()!)).ToList();
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return [];
        }
    }

    /// <summary>Ctrl+C, then waits for the host to exit; returns its exit code.</summary>
    public async Task<int> InterruptAsync()
    {
        Kill(_host.Id, SigInt);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _host.WaitForExitAsync(timeout.Token);
        return _host.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_host.HasExited)
        {
            _host.Kill(entireProcessTree: true);
            await _host.WaitForExitAsync();
        }
        _host.Dispose();
        Directory.Delete(DataDirectory, recursive: true);
    }

    public static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The built assembly of a service under services/.</summary>
    public static string ServiceAssembly(string folder, string name) =>
        Path.Combine(Repository.Root, "services", folder, "bin", Configuration, "net10.0", name + ".dll");

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}

public sealed record ResourceInfo(string Name, string State, string Health, int? Pid, string Endpoint);
