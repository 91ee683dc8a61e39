using System.Diagnostics;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Redis;

namespace Suite.Benchmarks;

/// <summary>
/// Replicas (9d): the Registry as one instance and as two on one SQLite file and one redis-server (issue 33). The
/// second is a process of the benchmark's own (<see cref="SecondInstance"/>); calls to two instances go round-robin over
/// one connection to each, as a load balancer in front of them would spread them. On a 2-core machine a second
/// instance adds no CPU, only a second process contending for the cores and for SQLite's one writer; the figures say
/// what running two costs or gains there, not what two machines would.
/// </summary>
public sealed partial class BenchmarkRun
{
    private const int ReplicaRounds = 3;
    private const int RedisCalls = 10_000;

    /// <summary>
    /// Starts the second instance, checks it serves what the first wrote, then GetWoman at 64 concurrent callers and
    /// the import with one instance and with two, the invalidation calls every write makes across instances, and the
    /// shared per-caller rate limit every call takes, each against a Redis PING. New women are rows
    /// [<paramref name="firstRow"/>, + <c>--import</c>) of the generator (other counties), plus one created for the check.
    /// </summary>
    private async Task MeasureReplicasAsync(int firstRow)
    {
        report.Note($"Replicas: {Environment.ProcessorCount} cores for the client, redis-server, every service and both Registry instances; "
            + "a second instance adds no CPU here, only contention for the cores and SQLite's one writer. Calls to two instances go round-robin, "
            + "one HTTP/2 connection to each, as a production load balancer spreads them.");
        var logFile = Path.Combine(suite.DataDirectory, "registry-2.log");
        await using var second = await SecondInstance.StartAsync(suite.ProcessId(ResourceNames.Registry), suite.Endpoint(ResourceNames.Registry), logFile,
            new Dictionary<string, string> { ["Registry__SampleData"] = "None" });
        var one = Registry(_admin);
        var two = new WomenService.WomenServiceClient(second.Channel(_admin));

        var created = await Call(one.CreateWomanAsync(new CreateWomanRequest { RequestId = $"bench-replicas-{firstRow}", Woman = generator.Woman(firstRow + importRows) }));
        var seen = await Call(two.GetWomanAsync(new GetWomanRequest { Id = created.Id }));
        Require(seen.Id == created.Id && seen.Etag == created.Etag && seen.Name == created.Name, $"the second instance answered woman {created.Id} as {seen}");
        report.Note($"Replicas check: woman {created.Id}, created through the first instance, answered by the second (pid {second.ProcessId}) with the same etag.");

        await MeasureReplicaReadsAsync(one, two);
        await MeasureReplicaImportAsync(one, two, firstRow, second);
        await MeasureCrossInstanceRedisAsync();

        var errors = second.Errors();
        report.Note($"Replicas: the second instance logged {errors.Count} error lines{(errors.Count > 0 ? ": " + string.Join(" | ", errors.Take(3)) : "")} (its log: {logFile}).");
    }

    /// <summary>GetWoman warm at 64 concurrent callers, one instance and two in alternating rounds; each figure the median round.</summary>
    private async Task MeasureReplicaReadsAsync(WomenService.WomenServiceClient one, WomenService.WomenServiceClient two)
    {
        var warmIds = (_countyWomanIds.Count > 0 ? _countyWomanIds : _otherWomanIds).Take(WarmSet).ToList();
        var clients = new[] { one, two };
        // Both instances warm (JIT, connections, thread pool) and the working set read once: it is in Redis, for both.
        await Load.RunAsync(16, 2 * warmIds.Count, i => Call(clients[i % 2].GetWomanAsync(new GetWomanRequest { Id = warmIds[i / 2] })));
        const int Concurrent = 64;
        var calls = CallsAt(Concurrent);
        var single = new List<LoadResult>();
        var pair = new List<LoadResult>();
        for (var round = 0; round < ReplicaRounds; round++)
        {
            single.Add(await Load.RunAsync(Concurrent, calls, i => Call(one.GetWomanAsync(new GetWomanRequest { Id = warmIds[i % warmIds.Count] }))));
            pair.Add(await Load.RunAsync(Concurrent, calls, i => Call(clients[i % 2].GetWomanAsync(new GetWomanRequest { Id = warmIds[i % warmIds.Count] }))));
        }
        var name = $"GetWoman warm, {Concurrent} concurrent, 2 instances round-robin (median of {ReplicaRounds} rounds alternating with 1 instance)";
        report.Add(new Figure("Replicas", name + ": calls/s", Median(pair, r => r.PerSecond), "calls/s", "same, 1 instance", Median(single, r => r.PerSecond), "", null));
        report.Add(new Figure("Replicas", name + ": p50", Median(pair, r => r.P50Ms), "ms", "same, 1 instance p50", Median(single, r => r.P50Ms), "", null));
        report.Add(new Figure("Replicas", name + ": p99", Median(pair, r => r.P99Ms), "ms", "same, 1 instance p99", Median(single, r => r.P99Ms), "", null));
    }

    /// <summary>
    /// The import in four quarters on a quiet suite each (the events and referrals of the one before consumed), in turn
    /// one stream to the first instance and two streams at once, one to each instance, so that the host's drift falls
    /// on both ways alike (one half after the other once measured 4.1× as a neighbour's build ended). Then the
    /// checks: every row stored once, and the one audit chain both instances write verifies through each of them.
    /// </summary>
    private async Task MeasureReplicaImportAsync(WomenService.WomenServiceClient one, WomenService.WomenServiceClient two, int firstRow, SecondInstance second)
    {
        const int Quarters = 4;
        var before = RawSqlite.Count(suite.RegistryDatabase, "SELECT count(*) FROM Women");
        var pids = new Dictionary<string, int> { ["registry 1"] = suite.ProcessId(ResourceNames.Registry), ["registry 2"] = second.ProcessId };
        var ways = new[] { (Rows: 0, Time: TimeSpan.Zero, Cpu: pids.Keys.ToDictionary(k => k, _ => 0.0)), (Rows: 0, Time: TimeSpan.Zero, Cpu: pids.Keys.ToDictionary(k => k, _ => 0.0)) };
        var answered = new List<long>();
        for (var quarter = 0; quarter < Quarters; quarter++)
        {
            var start = importRows * quarter / Quarters;
            var count = importRows * (quarter + 1) / Quarters - start;
            var cpuBefore = pids.ToDictionary(p => p.Key, p => Footprint.CpuTime(p.Value));
            var (responses, elapsed) = quarter % 2 == 0
                ? await Load.TimeAsync(async () => new[] { await one.ImportAsync(Rows(firstRow + start, count)) })
                : await Load.TimeAsync(() => Task.WhenAll(one.ImportAsync(Rows(firstRow + start, count / 2)), two.ImportAsync(Rows(firstRow + start + count / 2, count - count / 2))));
            var cpu = CpuSeconds(pids, cpuBefore);
            Require(responses.Sum(r => r.Created) == count, $"replicas import, quarter {quarter + 1}: {responses.Sum(r => r.Created)} created of {count}, {responses.Sum(r => r.Rejected)} rejected");
            answered.AddRange(responses.SelectMany(r => r.Results).Select(r => r.WomanId));
            var way = ways[quarter % 2];
            ways[quarter % 2] = (way.Rows + count, way.Time + elapsed, way.Cpu.ToDictionary(c => c.Key, c => c.Value + cpu[c.Key]));
            await WaitForQuietAsync(catchUp: null);
        }

        var after = RawSqlite.Count(suite.RegistryDatabase, "SELECT count(*) FROM Women");
        var distinct = answered.Distinct().Count();
        Require(after - before == importRows && distinct == importRows, $"the ledger grew by {after - before} women for {importRows} rows imported, {distinct} distinct ids answered");
        var auditor = suite.Token("civil-affairs", "auditor", "23");
        var verified = new List<string>();
        foreach (var (instance, channel) in new[] { ("first", suite.Channel(ResourceNames.Registry, auditor)), ("second", second.Channel(auditor)) })
        {
            var chain = await Call(new AuditService.AuditServiceClient(channel).VerifyAuditChainAsync(new VerifyAuditChainRequest()));
            Require(chain.Intact, $"the audit chain does not verify through the {instance} instance: record {chain.FirstBrokenId}, {chain.Problem}");
            verified.Add($"{chain.RecordsChecked:N0} records intact through the {instance}");
        }
        report.Note($"Replicas check: the ledger grew by {after - before:N0} women for {importRows:N0} rows imported, {distinct:N0} distinct ids answered by the streams: "
            + $"none lost or doubled; audit chain as the auditor: {string.Join(", ", verified)}.");
        var (alone, both) = (ways[0], ways[1]);
        report.Note($"Replicas: the Registry's CPU per imported row: {CpuNote(alone.Cpu, alone.Rows, alone.Time)} through one instance; {CpuNote(both.Cpu, both.Rows, both.Time)} through two.");
        report.Add(new Figure("Replicas", $"ImportWomen, {both.Rows:N0} new rows as 2 streams at once, one to each instance (quarters 2 and 4): rows/s", both.Rows / both.Time.TotalSeconds, "rows/s",
            $"{alone.Rows:N0} rows, 1 stream to 1 instance (quarters 1 and 3)", alone.Rows / alone.Time.TotalSeconds, "", null));
    }

    private static Dictionary<string, double> CpuSeconds(Dictionary<string, int> pids, Dictionary<string, TimeSpan> before) =>
        pids.ToDictionary(p => p.Key, p => (Footprint.CpuTime(p.Value) - before[p.Key]).TotalSeconds);

    private static string CpuNote(Dictionary<string, double> cpu, int rows, TimeSpan wall) =>
        $"{cpu.Values.Sum() * 1_000_000 / rows:N0} µs ({string.Join(", ", cpu.Select(c => $"{c.Key} {c.Value:N2} s"))} in {wall.TotalSeconds:N2} s)";

    /// <summary>
    /// What each instance pays per call for sharing through Redis, timed one call at a time from here against the
    /// suite's redis-server: a record's invalidation (DEL), the drop of an in-memory cache on every instance (PUBLISH
    /// to both Registries, subscribed), the shared per-caller rate limit; each against a PING round trip, the calls of
    /// the four kinds made in turn.
    /// </summary>
    private async Task MeasureCrossInstanceRedisAsync()
    {
        var connection = RedisConnection.To(suite.Endpoint(ResourceNames.Cache).Replace("tcp://", "", StringComparison.Ordinal));
        var cache = new RecordCache(connection, NullLogger<RecordCache>.Instance);
        // The Registry's own channel and cache name: both instances hear each drop (and drop their areas, re-read on next use).
        var caches = new InstanceCaches(connection, new HostingEnvironment { ApplicationName = "Suite.Registry" }, NullLogger<InstanceCaches>.Instance);
        var subscribers = (RedisResult[])(await connection.Database.ExecuteAsync("PUBSUB", "NUMSUB", "caches.Suite.Registry"))!;
        (string Name, Func<int, Task> Call)[] timed =
        [
            ("PING", _ => connection.Database.PingAsync()),
            ("RecordCache.RemoveAsync of one key (DEL)", i => cache.RemoveAsync($"bench:woman:{i}")),
            ($"InstanceCaches.DropEverywhereAsync (PUBLISH to {(long)subscribers[1]} subscribed instances)", _ => caches.DropEverywhereAsync("areas")),
            .. SharedLimitCalls(connection),
        ];
        foreach (var (_, call) in timed)
        {
            await Load.RunAsync(1, 1_000, call); // JIT, and a script loaded into Redis once
        }
        // Call by call in turn, not one kind after the other: this host's speed drifts within seconds, and in blocks
        // of 5,000 the PING floor came out at 67 µs in one run and 128 in the next, above the calls it is the floor of.
        var latencies = timed.ToDictionary(t => t.Name, _ => new List<double>(RedisCalls));
        for (var i = 0; i < RedisCalls; i++)
        {
            foreach (var (name, call) in timed)
            {
                var started = Stopwatch.GetTimestamp();
                await call(i);
                latencies[name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        var results = latencies.ToDictionary(l => l.Key, l => LoadResult.Of(1, TimeSpan.FromMilliseconds(l.Value.Sum()), l.Value));
        double MicrosecondsPerCall(string name) => 1_000_000 / results[name].PerSecond;
        var ping = MicrosecondsPerCall("PING");
        foreach (var (name, _) in timed.Skip(1))
        {
            report.Add(new Figure("Replicas", $"{name}, one call at a time, in turn with the others ({RedisCalls:N0} each): mean", MicrosecondsPerCall(name), "µs/call",
                "Redis PING round trip, mean", ping, "", null));
        }
        report.Note($"Replicas: the same Redis calls at p50: {string.Join(", ", results.Select(r => $"{r.Key.Split(' ', ',')[0]} {r.Value.P50Ms * 1000:N0} µs"))}.");
    }

    /// <summary>
    /// The per-caller rate limit every call to every instance takes (<see cref="SharedLimits.TryTakeAsync"/>, a Lua
    /// script on a bucket in Redis), on a bucket of its own the size the benchmark gives the services: it never empties.
    /// </summary>
    private static (string Name, Func<int, Task> Call)[] SharedLimitCalls(RedisConnection connection)
    {
        var limits = new SharedLimits(connection, NullLogger<SharedLimits>.Instance);
        var bucket = new BucketSize(Burst: 1_000_000, PerSecond: 1_000_000);
        return [("SharedLimits.TryTakeAsync, the per-caller rate limit (EVALSHA)", _ => limits.TryTakeAsync("limits.rate.bench.timing", bucket).AsTask())];
    }

    /// <summary>
    /// <c>--only replicas</c>: every woman through the import unmeasured, a wait until every service has caught up, then
    /// the replicas step (9d) alone, its new women after the loaded ones.
    /// </summary>
    public async Task ExecuteReplicasAsync()
    {
        var machineBefore = Footprint.MachineTicks();
        Step($"Loading {women:N0} women ({importRows:N0} in the county) through the import (not measured)");
        await LoadAsync(0, women);
        await WaitForQuietAsync(catchUp: ("the import", "the replicas' figures were"));
        Step($"9d. Replicas: the Registry as 1 and as 2 instances ({Environment.ProcessorCount} cores)");
        await MeasureReplicasAsync(women);
        report.Note("Replicas-only run (--only replicas).");
        NoteSteal(machineBefore);
    }
}
