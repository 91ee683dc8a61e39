using System.Collections.Concurrent;
using System.Diagnostics;

namespace Suite.Redis;

/// <summary>
/// What one instance counts by itself while Redis is away (<see cref="SharedLimits"/>): a token bucket per key, and
/// counts that go on from the last count Redis gave this instance for the key. Full buckets and expired counts are
/// dropped once a minute, so a stream of new callers does not grow it without end.
/// </summary>
internal sealed class LocalLimits
{
    private static readonly long SweepEvery = Stopwatch.Frequency * 60;
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();
    private readonly ConcurrentDictionary<string, Counted> _counts = new();
    private long _nextSweep = Stopwatch.GetTimestamp() + SweepEvery;

    public bool TryTake(string key, BucketSize size)
    {
        var now = Stopwatch.GetTimestamp();
        Sweep(now);
        return _buckets.GetOrAdd(key, _ => new Bucket(size.Burst, now)).TryTake(size, now);
    }

    public long Count(string key, TimeSpan keepFor)
    {
        var now = Stopwatch.GetTimestamp();
        Sweep(now);
        var until = now + Ticks(keepFor);
        return _counts.AddOrUpdate(key, _ => new Counted(1, until), (_, c) => c.Until <= now ? new Counted(1, until) : c with { Count = c.Count + 1 }).Count;
    }

    /// <summary>The key's count in Redis, to go on from if Redis goes away.</summary>
    public void Saw(string key, long count, TimeSpan keepFor)
    {
        var now = Stopwatch.GetTimestamp();
        Sweep(now);
        var seen = new Counted(count, now + Ticks(keepFor));
        _counts.AddOrUpdate(key, seen, (_, c) => c.Until > now && c.Count >= count ? c : seen);
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private void Sweep(long now)
    {
        var next = Interlocked.Read(ref _nextSweep);
        if (now < next || Interlocked.CompareExchange(ref _nextSweep, now + SweepEvery, next) != next)
        {
            return;
        }
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.FullBy <= now)
            {
                _buckets.TryRemove(key, out _);
            }
        }
        foreach (var (key, counted) in _counts)
        {
            if (counted.Until <= now)
            {
                _counts.TryRemove(key, out _);
            }
        }
    }

    private readonly record struct Counted(long Count, long Until);

    private sealed class Bucket(double tokens, long at)
    {
        private readonly Lock _lock = new();
        private double _tokens = tokens;
        private long _at = at;

        /// <summary>When the bucket is full again if nobody takes from it: from then on, dropping it changes nothing.</summary>
        public long FullBy { get; private set; } = at;

        public bool TryTake(BucketSize size, long now)
        {
            var perTick = size.PerSecond / Stopwatch.Frequency;
            lock (_lock)
            {
                _tokens = Math.Min(size.Burst, _tokens + Math.Max(0, now - _at) * perTick);
                _at = Math.Max(_at, now);
                var taken = _tokens >= 1;
                if (taken)
                {
                    _tokens -= 1;
                }
                FullBy = _at + (long)Math.Ceiling((size.Burst - _tokens) / perTick);
                return taken;
            }
        }
    }
}
