using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Suite.Hosting;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests.Hosting;

/// <summary>No exception of one iteration stops a loop or the service: it is logged, retried, and shown in /health.</summary>
public sealed class BackgroundLoopTests
{
    /// <summary>Throws what the test says for its first iterations, then works.</summary>
    private sealed class FlakyLoop(BackgroundLoopHealth health, ILogger<FlakyLoop> logger) : BackgroundLoop(health, logger)
    {
        private int _iterations;

        public int FailFirst { get; set; } = int.MaxValue;

        public int Iterations => Volatile.Read(ref _iterations);

        public override string Name => "flaky loop";

        protected override TimeSpan FirstRetry => TimeSpan.FromMilliseconds(20);

        protected override TimeSpan LongestRetry => TimeSpan.FromMilliseconds(50);

        protected override async Task RunOnceAsync(CancellationToken stoppingToken)
        {
            if (Interlocked.Increment(ref _iterations) <= FailFirst)
            {
                throw new NullReferenceException("Object reference not set to an instance of an object.");
            }
            await Task.Delay(10, stoppingToken);
        }
    }

    [Fact]
    public async Task A_throwing_iteration_leaves_the_host_running_and_the_health_degraded_until_it_works_again()
    {
        await using var host = new LoopHost(host => host.Services.AddBackgroundLoop<FlakyLoop>());
        var loop = (FlakyLoop)host.Services.GetService(typeof(FlakyLoop))!;
        await host.StartAsync();

        await Eventually.Until(async () => loop.Iterations > 10 ? "" : null);
        var report = await host.HealthAsync();
        Assert.False(host.Stopping);
        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Contains("flaky loop", report.Entries[BackgroundLoopHealth.CheckName].Description);
        Assert.Contains("NullReferenceException", report.Entries[BackgroundLoopHealth.CheckName].Description);
        // An unexpected exception is an error, with its stack, every time.
        Assert.Contains(host.Log.Errors, l => l.Exception is NullReferenceException && l.Message.Contains("flaky loop", StringComparison.Ordinal));

        loop.FailFirst = loop.Iterations;
        await Eventually.Until(async () => (await host.HealthAsync()).Status == HealthStatus.Healthy ? "" : null);
        Assert.False(host.Stopping);
    }

    [Fact]
    public async Task A_loop_that_fails_once_stays_healthy()
    {
        await using var host = new LoopHost(host => host.Services.AddBackgroundLoop<FlakyLoop>());
        var loop = (FlakyLoop)host.Services.GetService(typeof(FlakyLoop))!;
        loop.FailFirst = 1;
        await host.StartAsync();

        await Eventually.Until(async () => loop.Iterations > 3 ? "" : null);
        Assert.Equal(HealthStatus.Healthy, (await host.HealthAsync()).Status);
    }
}
