using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;
using Suite.Events;
using Suite.Hosting;
using Suite.Redis;
using Suite.Shared.Tests.Hosting;
using Suite.TestSupport;
using Xunit;

namespace Suite.Shared.Tests.Events;

/// <summary>The outbox relay while Redis is away: events wait in the database, the relay shows as degraded, and each is published once when Redis is back.</summary>
public sealed class OutboxRelayTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"suite-outbox-{Guid.NewGuid():N}.db");

    private sealed class OutboxContext(DbContextOptions<OutboxContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutbox();
    }

    [Fact]
    public async Task Events_written_while_Redis_is_away_are_published_once_when_it_is_back()
    {
        using var server = new RedisServer(persistent: true);
        const string stream = "test.events";
        await using var host = new LoopHost(builder =>
        {
            builder.Services.AddDbContext<OutboxContext>(o => o.UseSqlite($"Data Source={_file}"));
            builder.Services.AddSingleton(RedisConnection.To(server.ConnectionString));
            builder.AddOutboxRelay<OutboxContext>(stream);
        });
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxContext>().Database.EnsureCreatedAsync();
        }
        await host.StartAsync();
        await WriteEventsAsync(host, 3);
        using var redis = await ConnectionMultiplexer.ConnectAsync(server.ConnectionString);
        await Eventually.Until(async () => await redis.GetDatabase().StreamLengthAsync(stream) == 3 ? "" : null);

        server.Stop();
        await WriteEventsAsync(host, 3);
        await Eventually.Until(async () => (await host.HealthAsync()).Entries[BackgroundLoopHealth.CheckName].Status == HealthStatus.Degraded ? "" : null);
        Assert.False(host.Stopping);
        server.Start();

        await Eventually.Until(async () => await UnpublishedAsync(host) == 0 ? "" : null);
        var entries = await redis.GetDatabase().StreamRangeAsync(stream);
        Assert.Equal(["0-1", "0-2", "0-3", "0-4", "0-5", "0-6"], entries.Select(e => (string)e.Id!));
        await Eventually.Until(async () => (await host.HealthAsync()).Status == HealthStatus.Healthy ? "" : null);
    }

    private static async Task WriteEventsAsync(LoopHost host, int count)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxContext>();
        await db.SaveWithEventsAsync(() => Enumerable.Range(0, count).Select(i => new Google.Protobuf.WellKnownTypes.StringValue { Value = $"event {i}" }),
            host.Services.GetRequiredService<OutboxSignal>(), TimeProvider.System, CancellationToken.None);
    }

    private static async Task<int> UnpublishedAsync(LoopHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxContext>().Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
