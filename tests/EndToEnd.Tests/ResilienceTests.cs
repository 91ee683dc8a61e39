using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Registry.V1;
using Xunit;
using HealthStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace Suite.EndToEnd.Tests;

/// <summary>A service dying under the app host: its own suite, since the test breaks it.</summary>
public sealed class ResilienceTests : IAsyncLifetime
{
    private readonly SuiteAppHost _suite = new();

    public Task InitializeAsync() => _suite.InitializeAsync();

    public Task DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task A_killed_registry_is_reported_down_while_assistance_keeps_answering_and_the_app_host_restarts_it()
    {
        var running = await _suite.WaitForAsync(ResourceNames.Registry, e => e.Snapshot.HealthStatus == HealthStatus.Healthy);
        var launcher = running.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value;
        KillServiceProcess(Convert.ToInt32(launcher, System.Globalization.CultureInfo.InvariantCulture));

        // Aspire shows a dead process as exited, with its exit code, and no longer healthy.
        var down = await _suite.WaitForAsync(ResourceNames.Registry, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text));
        Assert.NotEqual(HealthStatus.Healthy, down.Snapshot.HealthStatus);
        Assert.NotEqual(0, down.Snapshot.ExitCode);

        var admin = _suite.Token("civil-affairs", "admin");
        var programmes = await new ProgrammeService.ProgrammeServiceClient(_suite.Channel(ResourceNames.Assistance, admin))
            .ListProgrammesAsync(new ListProgrammesRequest());
        Assert.NotEmpty(programmes.Programmes);

        // The app host restarts a service that died, by itself: the Registry comes back on its data, in a new process.
        var back = await _suite.WaitForAsync(ResourceNames.Registry, e => e.Snapshot.HealthStatus == HealthStatus.Healthy && e.Snapshot.State?.Text == KnownResourceStates.Running);
        Assert.NotEqual(launcher, back.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value);
        var stats = await new WomenService.WomenServiceClient(_suite.Channel(ResourceNames.Registry, admin)).GetStatisticsAsync(new GetStatisticsRequest());
        Assert.Equal(60, stats.Total);
    }

    // DCP starts a project as `dotnet run`, which runs the service as its child: kill the service itself, as a crash would.
    private static void KillServiceProcess(int launcherPid)
    {
        var children = File.ReadAllText($"/proc/{launcherPid}/task/{launcherPid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(children);
        foreach (var child in children)
        {
            Process.GetProcessById(int.Parse(child, System.Globalization.CultureInfo.InvariantCulture)).Kill();
        }
    }
}
