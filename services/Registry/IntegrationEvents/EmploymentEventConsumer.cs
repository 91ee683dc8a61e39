using Suite.Contracts;
using Suite.Events;
using Suite.Redis;

namespace Suite.Registry.IntegrationEvents;

/// <summary>The Registry's consumer of Employment's stream (group "registry").</summary>
public sealed class EmploymentEventConsumer(RedisConnection redis, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<EmploymentEventConsumer> logger)
    : StreamConsumer(redis, EventStreams.Employment, ResourceNames.Registry, configuration["Registry:ConsumerName"] ?? "registry-1", logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EmploymentEventHandler>().HandleBatchAsync(events, cancellationToken);
    }
}
