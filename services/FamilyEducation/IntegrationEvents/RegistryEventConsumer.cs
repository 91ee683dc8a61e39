using Suite.Contracts;
using Suite.Events;
using Suite.Redis;

namespace Suite.FamilyEducation.IntegrationEvents;

/// <summary>Family education's consumer of the Registry's stream (group "familyeducation"; consumer name from <c>FamilyEducation:ConsumerName</c>).</summary>
public sealed class RegistryEventConsumer(RedisConnection redis, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<RegistryEventConsumer> logger)
    : StreamConsumer(redis, EventStreams.Registry, ResourceNames.FamilyEducation, configuration["FamilyEducation:ConsumerName"] ?? "familyeducation-1", logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RegistryEventHandler>().HandleBatchAsync(events, cancellationToken);
    }
}
