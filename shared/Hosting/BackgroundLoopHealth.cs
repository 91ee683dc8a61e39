using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Suite.Hosting;

/// <summary>
/// What each <see cref="BackgroundLoop"/> of the service last did, as the <c>background-loops</c> health check:
/// Degraded (still serving calls) while a loop has failed <see cref="DegradedAfter"/> iterations in a row, naming the
/// loop, since when and its last error, so the dashboard shows a relay or consumer that keeps failing.
/// </summary>
public sealed class BackgroundLoopHealth(TimeProvider clock) : IHealthCheck
{
    public const string CheckName = "background-loops";
    public const int DegradedAfter = 3;
    private readonly ConcurrentDictionary<string, LoopState> _loops = new();

    private sealed record LoopState(int Failures, DateTimeOffset FailingSince, string LastError);

    private static readonly LoopState Working = new(0, DateTimeOffset.MinValue, "");

    public void Succeeded(string loop)
    {
        if (!_loops.TryGetValue(loop, out var state) || state.Failures > 0)
        {
            _loops[loop] = Working;
        }
    }

    /// <summary>Records a failed iteration; returns how many failed in a row.</summary>
    public int Failed(string loop, Exception exception)
    {
        var error = $"{exception.GetType().Name}: {exception.Message}";
        var state = _loops.AddOrUpdate(loop,
            _ => new LoopState(1, clock.GetUtcNow(), error),
            (_, s) => new LoopState(s.Failures + 1, s.Failures == 0 ? clock.GetUtcNow() : s.FailingSince, error));
        return state.Failures;
    }

    /// <summary>How many iterations of <paramref name="loop"/> failed in a row (0 while it works or before it ran).</summary>
    public int Failures(string loop) => _loops.TryGetValue(loop, out var state) ? state.Failures : 0;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var failing = _loops.Where(l => l.Value.Failures >= DegradedAfter).OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => $"{l.Key}: {l.Value.Failures} failures since {l.Value.FailingSince:u} ({l.Value.LastError})").ToList();
        return Task.FromResult(failing.Count == 0
            ? HealthCheckResult.Healthy()
            : new HealthCheckResult(context.Registration.FailureStatus, string.Join("; ", failing)));
    }
}
