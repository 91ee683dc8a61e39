using System.Text.RegularExpressions;

namespace Suite.Benchmarks;

/// <summary>
/// Watches the services for the whole run: a service whose process changed or that left the Running state was
/// restarted (or died), and every line a service logged at error or critical level counts as an error. Both must be
/// zero: no background loop may take a service down under a sustained load.
/// </summary>
public sealed partial class ServiceWatch : IAsyncDisposable
{
    private readonly SuiteUnderTest _suite;
    private readonly string[] _services;
    private readonly Dictionary<string, (string State, int Pid)> _first;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<string> _restarts = [];

    public ServiceWatch(SuiteUnderTest suite, string[] services)
    {
        _suite = suite;
        _services = services;
        var states = suite.States();
        _first = services.ToDictionary(s => s, s => states[s]);
        _loop = WatchAsync();
    }

    /// <summary>What changed: "registry: Running (pid 123) → Exited (pid 0)".</summary>
    public IReadOnlyList<string> Restarts
    {
        get
        {
            lock (_restarts)
            {
                return [.. _restarts];
            }
        }
    }

    /// <summary>
    /// The lines the services logged at error or critical level (the console logger's "fail:" and "crit:"); their lines
    /// reach the log with their console colours, which are taken out first.
    /// </summary>
    public IReadOnlyList<string> Errors() => File.ReadLines(_suite.LogFile).Select(l => Colours().Replace(l, "")).Where(l => ErrorLine().IsMatch(l)).ToList();

    private async Task WatchAsync()
    {
        var last = new Dictionary<string, (string State, int Pid)>(_first);
        while (!_stop.IsCancellationRequested)
        {
            var now = _suite.States();
            foreach (var service in _services)
            {
                if (now.TryGetValue(service, out var state) && state != last[service])
                {
                    lock (_restarts)
                    {
                        _restarts.Add($"{service}: {last[service].State} (pid {last[service].Pid}) → {state.State} (pid {state.Pid})");
                    }
                    last[service] = state;
                }
            }
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    // After the line's timestamp: the app host's own "fail: …Resources.{name}" header of a forwarded stderr line is not one.
    [GeneratedRegex(@"\dZ (fail|crit): ")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex Colours();
}
