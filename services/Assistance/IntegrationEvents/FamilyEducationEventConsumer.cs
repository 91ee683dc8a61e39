using Suite.Contracts;
using Suite.Events;
using Suite.Redis;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>Assistance's consumer of Family education's stream (group "assistance").</summary>
public sealed class FamilyEducationEventConsumer(RedisConnection redis, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<FamilyEducationEventConsumer> logger)
    : StreamConsumer(redis, EventStreams.FamilyEducation, ResourceNames.Assistance, configuration["Assistance:ConsumerName"] ?? "assistance-1", logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FamilyEducationEventHandler>().HandleBatchAsync(events, cancellationToken);
    }
}
