using System.Runtime.InteropServices;

namespace Suite.AppHost.Hosting;

/// <summary>
/// Runs the topology without Aspire: starts resources in declaration order (each after what it waits for is
/// healthy), restarts a crashed service with back-off, keeps the resource table current, and stops
/// everything in reverse order on Ctrl+C or SIGTERM.
/// </summary>
public sealed class SuiteHost(HostContext context, IReadOnlyList<Resource> resources)
{
    private static readonly TimeSpan HealthTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private string TablePath => Path.Combine(context.DataDirectory, "apphost", "resources.json");

    /// <summary>Reads <c>--data-dir DIR</c> (default: data/ at the repository root); other options through <see cref="SuiteHostBuilder.Option"/>.</summary>
    public static SuiteHostBuilder CreateBuilder(string[] args)
    {
        var root = RepositoryRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("Run the AppHost from the repository: Suite.sln was not found above it.");
        var appHostDirectory = Path.Combine(root, "AppHost");
        var dataIndex = Array.IndexOf(args, "--data-dir");
        var data = dataIndex >= 0 && dataIndex + 1 < args.Length ? Path.GetFullPath(args[dataIndex + 1]) : Path.Combine(root, "data");
        Directory.CreateDirectory(data);
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        return new SuiteHostBuilder(new HostContext(root, appHostDirectory, data, configuration, new ConsoleLog([])), args);
    }

    public async Task<int> RunAsync()
    {
        // Not disposed: a signal handler may still run while the process winds down.
        var stopping = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopping.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stopping.Cancel();
        });

        var supervisors = new List<Task>();
        try
        {
            foreach (var resource in resources)
            {
                await StartWhenReadyAsync(resource, stopping.Token);
                supervisors.Add(SuperviseAsync(resource, stopping.Token));
            }
            PrintTable("All resources are up.");
            var endpoint = resources.OfType<ProjectResource>().FirstOrDefault()?.Endpoint.Replace("http://", "");
            foreach (var secrets in resources.OfType<LocalSecretsResource>())
            {
                context.Log.Host($"Development tokens (12 h) for the common roles are in {secrets.TokenFolder}. Call the services with any gRPC client, e.g.");
                context.Log.Host($"  grpcurl -plaintext -H \"authorization: Bearer $(cat {secrets.TokenFolder}/civil-affairs.admin.jwt)\" {endpoint} list");
            }
            await Task.Delay(Timeout.Infinite, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM: fall through to a clean stop.
        }
        catch (Exception ex)
        {
            context.Log.Host($"Start-up failed: {ex.Message}");
            await stopping.CancelAsync();
            await StopAllAsync(supervisors);
            return 1;
        }
        await StopAllAsync(supervisors);
        return 0;
    }

    private async Task StartWhenReadyAsync(Resource resource, CancellationToken cancellationToken)
    {
        foreach (var dependency in resource.WaitsFor)
        {
            context.Log.Host($"{resource.Name} waits for {dependency.Name}");
        }
        resource.State = ResourceState.Starting;
        WriteTable();
        await resource.StartAsync(context, cancellationToken);
        await WaitHealthyAsync(resource, cancellationToken);
        resource.State = ResourceState.Running;
        WriteTable();
        context.Log.Host($"{resource.Name} is {(resource.Health.Length > 0 ? resource.Health.ToLowerInvariant() : "up")} {resource.Endpoint}");
    }

    private async Task WaitHealthyAsync(Resource resource, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + HealthTimeout;
        while (!await resource.IsHealthyAsync(cancellationToken))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{resource.Name} did not become healthy within {HealthTimeout.TotalSeconds:0} s.");
            }
            if (ExitedTask(resource) is { IsCompleted: true })
            {
                throw new InvalidOperationException($"{resource.Name} exited during start-up.");
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>Watches a running resource: a crashed process is restarted after 1 s, 2 s, 4 s … up to 30 s.</summary>
    private async Task SuperviseAsync(Resource resource, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!cancellationToken.IsCancellationRequested && ExitedTask(resource) is { } exited)
        {
            var healthLoop = RefreshHealthAsync(resource, exited, cancellationToken);
            await Task.WhenAny(exited, Task.Delay(Timeout.Infinite, cancellationToken)).ContinueWith(_ => { }, CancellationToken.None);
            await healthLoop;
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            resource.State = ResourceState.Restarting;
            resource.Health = "";
            PrintTable($"{resource.Name} exited; restarting in {backoff.TotalSeconds:0} s.");
            try
            {
                await Task.Delay(backoff, cancellationToken);
                await resource.StartAsync(context, cancellationToken);
                await WaitHealthyAsync(resource, cancellationToken);
                resource.State = ResourceState.Running;
                PrintTable($"{resource.Name} is back.");
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                context.Log.Host($"{resource.Name} restart failed: {ex.Message}");
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    // Keeps the HEALTH column current (Redis down shows the services as Degraded) until the process exits.
    // A failing probe is a health answer, never a reason for the supervisor to stop.
    private async Task RefreshHealthAsync(Resource resource, Task exited, CancellationToken cancellationToken)
    {
        while (!exited.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            var before = resource.Health;
            try
            {
                await Task.WhenAny(exited, Task.Delay(TimeSpan.FromSeconds(5), cancellationToken));
                if (!exited.IsCompleted && !cancellationToken.IsCancellationRequested)
                {
                    await resource.IsHealthyAsync(cancellationToken);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                resource.Health = "Unhealthy";
                context.Log.Host($"{resource.Name} health probe failed: {ex.Message}");
            }
            if (resource.Health != before && !exited.IsCompleted && !cancellationToken.IsCancellationRequested)
            {
                PrintTable($"{resource.Name} is now {resource.Health}.");
            }
        }
    }

    private static Task? ExitedTask(Resource resource) => resource switch
    {
        ProjectResource p => p.Exited,
        RedisResource r => r.Exited,
        _ => null,
    };

    private async Task StopAllAsync(List<Task> supervisors)
    {
        context.Log.Host("Stopping…");
        foreach (var resource in resources.Reverse())
        {
            await resource.StopAsync();
            resource.State = ResourceState.Stopped;
            resource.Health = "";
        }
        try
        {
            await Task.WhenAll(supervisors);
        }
        catch (Exception ex)
        {
            context.Log.Host($"A supervisor ended with an error: {ex.Message}");
        }
        PrintTable("Stopped.");
        File.Delete(TablePath);
    }

    private void PrintTable(string headline)
    {
        WriteTable();
        context.Log.Host(headline);
        context.Log.Block(ResourceTable.Format(resources));
    }

    private void WriteTable() => ResourceTable.Write(TablePath, resources);

    private static string? RepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Suite.sln")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
