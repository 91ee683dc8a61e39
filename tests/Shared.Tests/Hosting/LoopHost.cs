using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Suite.TestSupport;

namespace Suite.Shared.Tests.Hosting;

/// <summary>A generic host running the loops a test registers, with the health checks and a log the test can read.</summary>
public sealed class LoopHost : IAsyncDisposable
{
    private readonly IHost _host;

    public LoopHost(Action<HostApplicationBuilder> configure, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(Log);
        builder.Services.AddHealthChecks();
        configure(builder);
        _host = builder.Build();
    }

    public RecordedLog Log { get; } = new();

    public IServiceProvider Services => _host.Services;

    public bool Stopping => _host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested;

    public Task StartAsync() => _host.StartAsync();

    public Task<HealthReport> HealthAsync() => _host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
