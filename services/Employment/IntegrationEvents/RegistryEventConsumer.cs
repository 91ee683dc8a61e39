using Suite.Contracts;
using Suite.Events;
using Suite.Redis;

namespace Suite.Employment.IntegrationEvents;

/// <summary>Legal aid's consumer of the Registry's stream (group "employment"; consumer name from <c>Employment:ConsumerName</c>).</summary>
public sealed class RegistryEventConsumer(RedisConnection redis, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<RegistryEventConsumer> logger)
    : StreamConsumer(redis, EventStreams.Registry, ResourceNames.Employment, configuration["Employment:ConsumerName"] ?? "employment-1", logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryEventHandler>().HandleBatchAsync(events, cancellationToken);
    }
}
