using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Suite.Hosting;

/// <summary>
/// A service's background work (the outbox relay, stream consumers, the stream trimmer, the audit writer and retention)
/// as a loop that no exception can stop: an iteration that throws is logged, the loop waits (1 s, doubling up to 30 s)
/// and goes on, and <see cref="BackgroundLoopHealth"/> reports it in <c>/health</c> as Degraded while it keeps failing.
/// A fault of a dependency that comes and goes (the database busy, Redis away) is information once, a warning when it
/// happens again and an error when it persists; any other exception is an error with its stack. Without this, one unexpected exception ends the BackgroundService and
/// the host stops the whole service (<c>BackgroundServiceExceptionBehavior.StopHost</c>).
/// </summary>
public abstract class BackgroundLoop(BackgroundLoopHealth health, ILogger logger) : BackgroundService
{
    /// <summary>The wait after a first failure; it doubles with each failure in a row, up to <see cref="LongestRetry"/>.</summary>
    protected virtual TimeSpan FirstRetry => TimeSpan.FromSeconds(1);

    protected virtual TimeSpan LongestRetry => TimeSpan.FromSeconds(30);

    /// <summary>What the loop is called in logs and in <c>/health</c>, e.g. "outbox relay to registry.events".</summary>
    public abstract string Name { get; }

    /// <summary>One iteration: the work, then the wait until the next one is due.</summary>
    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    /// <summary>Run after a failed iteration, before the wait: drop connections or state the failure may have spoiled.</summary>
    protected virtual Task RecoverAsync() => Task.CompletedTask;

    /// <summary>
    /// Faults of a dependency that is away for a while; a loop adds its own (Redis's, for example). A task cancelled
    /// while the service is not stopping is a dependency that did not answer in time (a timeout surfaces that way).
    /// </summary>
    protected virtual bool IsTransient(Exception exception) =>
        exception is TimeoutException or DbException or SocketException or IOException or ObjectDisposedException or OperationCanceledException;

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: the host's StartAsync does not wait for a first iteration.
        await Task.Yield();
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                health.Succeeded(Name);
                retry = FirstRetry;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Failed(ex, health.Failed(Name, ex), retry);
                await RecoverQuietlyAsync();
                if (!await DelayAsync(retry, stoppingToken))
                {
                    return;
                }
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
            }
        }
    }

    private void Failed(Exception ex, int failures, TimeSpan retry)
    {
        if (IsTransient(ex) && failures == 1)
        {
            // Once is a dependency that was slow or away for a moment (a loaded machine, a restart): worth a line on the
            // dashboard, not a warning on the operators' terminal; a second failure in a row is one.
            logger.LogInformation("{Loop} paused for {Delay} ({Failures} failed in a row): {Error}", Name, retry, failures, ex.Message);
        }
        else if (IsTransient(ex) && failures < BackgroundLoopHealth.DegradedAfter)
        {
            logger.LogWarning("{Loop} paused for {Delay} ({Failures} failed in a row): {Error}", Name, retry, failures, ex.Message);
        }
        else
        {
            logger.LogError(ex, "{Loop} failed ({Failures} in a row); it goes on in {Delay}", Name, failures, retry);
        }
    }

    private async Task RecoverQuietlyAsync()
    {
        try
        {
            await RecoverAsync();
        }
        catch (Exception ex)
        {
            logger.LogWarning("{Loop} could not reset after a failure: {Error}", Name, ex.Message);
        }
    }

    private static async Task<bool> DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
