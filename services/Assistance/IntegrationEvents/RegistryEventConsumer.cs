using Suite.Contracts;
using Suite.Redis;
using Suite.Events;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>Assistance's consumer of the Registry's stream (group "assistance"; consumer name from <c>Assistance:ConsumerName</c>).</summary>
public sealed class RegistryEventConsumer(RedisConnection redis, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<RegistryEventConsumer> logger)
    : StreamConsumer(redis, EventStreams.Registry, ResourceNames.Assistance, configuration["Assistance:ConsumerName"] ?? "assistance-1", logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryEventHandler>().HandleBatchAsync(events, cancellationToken);
    }
}
