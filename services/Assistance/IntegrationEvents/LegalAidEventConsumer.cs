using Suite.Contracts;
using Suite.Events;
using Suite.Redis;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>Assistance's consumer of Legal aid's stream (group "assistance").</summary>
public sealed class LegalAidEventConsumer(RedisConnection redis, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<LegalAidEventConsumer> logger)
    : StreamConsumer(redis, EventStreams.LegalAid, ResourceNames.Assistance, configuration["Assistance:ConsumerName"] ?? "assistance-1", logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LegalAidEventHandler>().HandleBatchAsync(events, cancellationToken);
    }
}
