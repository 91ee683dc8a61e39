using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.AppHost.Resources;

/// <summary>
/// Restarts a suite service that died (it exited with a non-zero code: killed, crashed, or stopped itself on a fault
/// it could not survive), as a production supervisor would: after 2 s, then 4, 8 … up to a minute, and at most five
/// times in ten minutes; then it is left Exited, with an error in the log, for an operator. A service stopped from the
/// dashboard (exit code 0) or by the app host's own shutdown is left alone. DCP restarts nothing by itself. With
/// <c>--replicas N</c> each instance is its own process: a dead one is restarted alone and counted alone (by resource
/// id), while the others go on serving behind the proxy. It watches from before the resources start, so that an
/// instance that dies while the suite starts (the app host's hosted services wait for that) is restarted too.
/// </summary>
public sealed class ServiceRestarts(ResourceNotificationService notifications, ResourceCommandService commands, IHostApplicationLifetime lifetime, ILogger<ServiceRestarts> logger)
{
    private const int MaxRestarts = 5;
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);
    // The recent restarts of each instance, by resource id.
    private readonly Dictionary<string, List<DateTime>> _restarts = [];
    private readonly HashSet<(string, DateTime?)> _handled = [];

    public async Task WatchAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Resource is ProjectResource && Died(change) && _handled.Add((change.ResourceId, change.Snapshot.StopTimeStamp)))
                {
                    _ = RestartAsync(change, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app host is stopping.
        }
    }

    private bool Died(ResourceEvent change) =>
        !lifetime.ApplicationStopping.IsCancellationRequested
        && change.Snapshot.State?.Text is var state && (state == KnownResourceStates.Exited || state == KnownResourceStates.Finished || state == KnownResourceStates.FailedToStart)
        && change.Snapshot.ExitCode is { } code && code != 0;

    private async Task RestartAsync(ResourceEvent change, CancellationToken stoppingToken)
    {
        // One instance of several is named by its resource id ("registry-abcdwxyz"), as the dashboard shows it.
        var name = change.Resource.GetReplicaCount() > 1 ? change.ResourceId : change.Resource.Name;
        var now = DateTime.UtcNow;
        List<DateTime> recent;
        lock (_restarts)
        {
            recent = _restarts.TryGetValue(change.ResourceId, out var times) ? times : _restarts[change.ResourceId] = [];
        }
        lock (recent)
        {
            recent.RemoveAll(t => now - t > Window);
            if (recent.Count >= MaxRestarts)
            {
                logger.LogError("{Service} exited with code {Code} and was restarted {Count} times in {Window}: it is left stopped for an operator (dashboard: Start)",
                    name, change.Snapshot.ExitCode, recent.Count, Window);
                return;
            }
            recent.Add(now);
        }
        var wait = TimeSpan.FromSeconds(Math.Min(LongestWait.TotalSeconds, 2 * Math.Pow(2, recent.Count - 1)));
        logger.LogWarning("{Service} exited with code {Code}; restarting it in {Wait} (restart {Count} of at most {Max} in {Window})",
            name, change.Snapshot.ExitCode, wait, recent.Count, MaxRestarts, Window);
        try
        {
            await Task.Delay(wait, stoppingToken);
            var result = await commands.ExecuteCommandAsync(change.ResourceId, KnownResourceCommands.StartCommand, stoppingToken);
            if (!result.Success)
            {
                logger.LogError("{Service} could not be restarted: {Error}", name, result.Message);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app host is stopping.
        }
    }
}
