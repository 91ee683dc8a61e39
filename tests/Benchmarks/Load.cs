using System.Diagnostics;

namespace Suite.Benchmarks;

/// <summary>What a run of calls measured: throughput and latency percentiles in milliseconds.</summary>
public sealed record LoadResult(int Calls, int Concurrency, double PerSecond, double P50Ms, double P95Ms, double P99Ms)
{
    public static LoadResult Of(int concurrency, TimeSpan wall, List<double> latenciesMs)
    {
        latenciesMs.Sort();
        return new LoadResult(latenciesMs.Count, concurrency, latenciesMs.Count / wall.TotalSeconds,
            Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.95), Percentile(latenciesMs, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

/// <summary>Runs calls from a fixed number of concurrent callers, each taking the next call number until all are done.</summary>
public static class Load
{
    public static async Task<LoadResult> RunAsync(int concurrency, int calls, Func<int, Task> call)
    {
        var latencies = new double[calls];
        var next = -1;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < calls)
            {
                var started = Stopwatch.GetTimestamp();
                await call(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        return LoadResult.Of(concurrency, wall.Elapsed, [.. latencies]);
    }

    /// <summary>One caller making two kinds of call in turn (first(0), second(0), first(1), …), each timed apart.</summary>
    public static async Task<(LoadResult First, LoadResult Second)> AlternateAsync(int calls, Func<int, Task> first, Func<int, Task> second)
    {
        var latencies = (First: new List<double>(calls), Second: new List<double>(calls));
        var wall = (First: TimeSpan.Zero, Second: TimeSpan.Zero);
        for (var i = 0; i < calls; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await first(i);
            var elapsed = Stopwatch.GetElapsedTime(started);
            latencies.First.Add(elapsed.TotalMilliseconds);
            wall.First += elapsed;
            started = Stopwatch.GetTimestamp();
            await second(i);
            elapsed = Stopwatch.GetElapsedTime(started);
            latencies.Second.Add(elapsed.TotalMilliseconds);
            wall.Second += elapsed;
        }
        return (LoadResult.Of(1, wall.First, latencies.First), LoadResult.Of(1, wall.Second, latencies.Second));
    }

    /// <summary>Times one operation.</summary>
    public static async Task<(T Result, TimeSpan Elapsed)> TimeAsync<T>(Func<Task<T>> operation)
    {
        var watch = Stopwatch.StartNew();
        var result = await operation();
        return (result, watch.Elapsed);
    }
}
