using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Registry.V1;
using Xunit;
using HealthStatus = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// Service instances dying under the app host: a suite of its own for the class (its tests break it), each test
/// waiting until both instances of every service are healthy again before it starts.
/// </summary>
public sealed partial class ResilienceTests(SuiteAppHost suite) : IClassFixture<SuiteAppHost>, IAsyncLifetime
{
    private readonly SuiteAppHost _suite = suite;

    public async Task InitializeAsync()
    {
        foreach (var service in SuiteAppHost.Services)
        {
            await _suite.WaitForInstancesAsync(service);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_killed_registry_instance_is_reported_down_while_the_other_keeps_answering_and_the_app_host_restarts_it()
    {
        var instances = await _suite.WaitForInstancesAsync(ResourceNames.Registry);
        var (victim, survivor) = (instances[0], instances[1]);
        var launcher = Pid(victim);
        KillServiceProcess(launcher);

        // Aspire shows the dead instance as exited, with its exit code and no health; the other one still runs.
        var down = await _suite.WaitForAsync(ResourceNames.Registry, e => e.ResourceId == victim.ResourceId && KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text));
        Assert.NotEqual(HealthStatus.Healthy, down.Snapshot.HealthStatus);
        Assert.NotEqual(0, down.Snapshot.ExitCode);
        Assert.True(_suite.App.ResourceNotifications.TryGetCurrentState(survivor.ResourceId, out var other));
        Assert.Equal(KnownResourceStates.Running, other.Snapshot.State?.Text);

        // The Registry keeps answering through the app host's endpoint (the proxy sends the calls to the living
        // instance), and so does Assistance, which reads from it.
        var admin = _suite.Token("civil-affairs", "admin");
        var registry = new WomenService.WomenServiceClient(_suite.Channel(ResourceNames.Registry, admin));
        var women = (await registry.GetStatisticsAsync(new GetStatisticsRequest())).Total;
        Assert.True(women >= 60, $"{women} women on the ledger");
        var programmes = await new ProgrammeService.ProgrammeServiceClient(_suite.Channel(ResourceNames.Assistance, admin))
            .ListProgrammesAsync(new ListProgrammesRequest());
        Assert.NotEmpty(programmes.Programmes);

        // The app host restarts the dead instance by itself, in a new process on the same data; the other was never stopped.
        var back = await _suite.WaitForAsync(ResourceNames.Registry, e => e.ResourceId == victim.ResourceId
            && e.Snapshot.HealthStatus == HealthStatus.Healthy && e.Snapshot.State?.Text == KnownResourceStates.Running);
        Assert.NotEqual(launcher, Pid(back));
        Assert.True(_suite.App.ResourceNotifications.TryGetCurrentState(survivor.ResourceId, out var stillOther));
        Assert.Equal(Pid(survivor), Pid(stillOther));
        var stats = await new WomenService.WomenServiceClient(_suite.InstanceChannel(back, admin)).GetStatisticsAsync(new GetStatisticsRequest());
        Assert.Equal(women, stats.Total);
    }

    internal static int Pid(ResourceEvent instance) => Convert.ToInt32(
        instance.Snapshot.Properties.Single(p => p.Name == "executable.pid").Value, System.Globalization.CultureInfo.InvariantCulture);

    // DCP starts a project as `dotnet run`, which runs the service as its child: kill the service itself, as a crash would.
    internal static void KillServiceProcess(int launcherPid)
    {
        var children = File.ReadAllText($"/proc/{launcherPid}/task/{launcherPid}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(children);
        foreach (var child in children)
        {
            Process.GetProcessById(int.Parse(child, System.Globalization.CultureInfo.InvariantCulture)).Kill();
        }
    }
}
