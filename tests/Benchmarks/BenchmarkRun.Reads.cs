using System.Diagnostics;
using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.Benchmarks;

/// <summary>Point reads (2), ledger queries (3) and coverage gaps (4).</summary>
public sealed partial class BenchmarkRun
{
    private const int PointCalls = 4_000;
    private const int WarmSet = 2_000;
    private const int QueryCalls = 200;
    private const int DeepPage = 200;
    private static readonly int[] Concurrency = [1, 16, 64];
    private LoadResult? _pingAtOne;

    private async Task MeasurePointReadsAsync()
    {
        var registry = Registry(_admin);
        Task Get(long id) => Call(registry.GetWomanAsync(new GetWomanRequest { Id = id }));
        await PingAsync(ResourceNames.Registry, _admin, 16, 2_000); // warm-up: JIT, connections, thread pool

        // Cold: every call asks for a woman nobody has read since she was imported (not in Redis).
        var coldCalls = Concurrency.Sum(CallsAt);
        var unread = _otherWomanIds.Count >= coldCalls ? _otherWomanIds : _countyWomanIds;
        var stride = Math.Max(1, unread.Count / coldCalls);
        var coldIds = Enumerable.Range(0, coldCalls).Select(i => unread[(i * stride) % unread.Count]).ToList();
        // Warm: a working set read once before measuring.
        var warmIds = _countyWomanIds.Take(WarmSet).ToList();
        await Load.RunAsync(16, warmIds.Count, i => Get(warmIds[i]));

        var offset = 0;
        foreach (var concurrency in Concurrency)
        {
            var calls = CallsAt(concurrency);
            var ping = await PingAsync(ResourceNames.Registry, _admin, concurrency, calls);
            if (concurrency == 1)
            {
                _pingAtOne = ping;
            }
            var warm = await Load.RunAsync(concurrency, calls, i => Get(warmIds[i % warmIds.Count]));
            var first = offset;
            var cold = await Load.RunAsync(concurrency, calls, i => Get(coldIds[first + i]));
            offset += calls;
            foreach (var (state, result) in new[] { ("warm", warm), ("cold", cold) })
            {
                var goal = state == "warm" && concurrency == 64;
                report.Add(new Figure("Point read", $"GetWoman {state}, {concurrency} concurrent: calls/s", result.PerSecond, "calls/s", "empty RPC", ping.PerSecond,
                    goal ? "≥ 50% of floor" : "", goal ? result.PerSecond >= 0.5 * ping.PerSecond : null));
                report.Add(new Figure("Point read", $"GetWoman {state}, {concurrency} concurrent: p50", result.P50Ms, "ms", "empty RPC p50", ping.P50Ms, "", null));
                report.Add(new Figure("Point read", $"GetWoman {state}, {concurrency} concurrent: p99", result.P99Ms, "ms", "empty RPC p99", ping.P99Ms, "", null));
            }
        }
    }

    /// <summary>
    /// The same warm reads through DCP's proxy and straight to the service, alternating in rounds so that neither path
    /// always meets the host first (the host's speed drifts within minutes): what the proxy hop costs, which decides
    /// whether the app host proxies service endpoints (docs/benchmarks.md). Each figure is the median round.
    /// </summary>
    private async Task MeasureProxyHopAsync()
    {
        const int Rounds = 5;
        var warmIds = _countyWomanIds.Take(WarmSet).ToList();
        var direct = Registry(_admin);
        var proxied = new WomenService.WomenServiceClient(suite.ProxiedChannel(ResourceNames.Registry, _admin));
        await Load.RunAsync(16, warmIds.Count, i => Call(proxied.GetWomanAsync(new GetWomanRequest { Id = warmIds[i] })));
        foreach (var concurrency in new[] { 1, 64 })
        {
            var calls = CallsAt(concurrency) / 2;
            var straight = new List<LoadResult>();
            var through = new List<LoadResult>();
            for (var round = 0; round < Rounds; round++)
            {
                straight.Add(await Load.RunAsync(concurrency, calls, i => Call(direct.GetWomanAsync(new GetWomanRequest { Id = warmIds[i % warmIds.Count] }))));
                through.Add(await Load.RunAsync(concurrency, calls, i => Call(proxied.GetWomanAsync(new GetWomanRequest { Id = warmIds[i % warmIds.Count] }))));
            }
            var name = $"GetWoman warm, {concurrency} concurrent, through the DCP proxy (median of {Rounds} alternating rounds)";
            report.Add(new Figure("Proxy hop", name + ": calls/s", Median(through, r => r.PerSecond), "calls/s", "same, direct", Median(straight, r => r.PerSecond), "", null));
            report.Add(new Figure("Proxy hop", name + ": p50", Median(through, r => r.P50Ms), "ms", "same, direct p50", Median(straight, r => r.P50Ms), "", null));
            report.Add(new Figure("Proxy hop", name + ": p99", Median(through, r => r.P99Ms), "ms", "same, direct p99", Median(straight, r => r.P99Ms), "", null));
        }
    }

    private static double Median(List<LoadResult> results, Func<LoadResult, double> value) =>
        results.Select(value).Order().ElementAt(results.Count / 2);

    // More calls at higher concurrency, so each figure spans seconds rather than a fraction of one: 4,000 calls at 64
    // concurrent took under half a second and moved the ratio to Ping by a tenth from run to run.
    private static int CallsAt(int concurrency) => PointCalls * Math.Max(1, concurrency / 8);

    private async Task MeasureLedgerQueriesAsync()
    {
        // The largest county, its largest village and that village's township: the heaviest ledgers to page.
        var county = generator.OtherCounties[0];
        var village = RawSqlite.Scalar(suite.RegistryDatabase,
            $"SELECT VillageCode FROM Women WHERE VillageCode LIKE '{county}%' GROUP BY VillageCode ORDER BY count(*) DESC LIMIT 1");
        var officer = suite.Token("civil-affairs", "county-officer", county);
        var registry = Registry(officer);
        var ping = _pingAtOne ?? await PingAsync(ResourceNames.Registry, _admin, 1, QueryCalls);
        foreach (var (level, area) in new[] { ("village", village), ("township", village[..9]), ("county", county) })
        {
            var rows = RawSqlite.Count(suite.RegistryDatabase, $"SELECT count(*) FROM Women WHERE VillageCode LIKE '{area}%'");
            var filter = new WomenFilter { AreaCode = area };
            // Page 200 (rows 9,951-10,000), or four fifths in on a small run.
            var deepPage = Math.Min(DeepPage, (int)(rows / 50 * 4 / 5));
            var deepToken = "";
            for (var page = 1; page < deepPage; page++)
            {
                deepToken = (await Call(registry.ListWomenAsync(new ListWomenRequest { Filter = filter, PageSize = 50, PageToken = deepToken }))).NextPageToken;
                Require(deepToken.Length > 0, $"{level} {area} has fewer than {deepPage} pages");
            }
            foreach (var (depth, token) in new[] { ("first page", ""), ($"page {deepPage}", deepToken) })
            {
                var request = new ListWomenRequest { Filter = filter, PageSize = 50, PageToken = token };
                var result = await Load.RunAsync(1, QueryCalls, async _ =>
                {
                    var response = await Call(registry.ListWomenAsync(request));
                    Require(response.Women.Count == 50, "a page of 50");
                });
                var name = $"ListWomen by {level} ({rows:N0} women), {depth}";
                report.Add(new Figure("Ledger query", name + ": p50", result.P50Ms, "ms", "empty RPC p50", ping.P50Ms, "", null));
                report.Add(new Figure("Ledger query", name + ": p99", result.P99Ms, "ms", "empty RPC p99", ping.P99Ms, "≤ 20 ms", result.P99Ms <= 20));
            }
        }
    }

    private async Task MeasureCoverageGapsAsync()
    {
        var county = generator.ImportCounty;
        var officer = suite.Token("civil-affairs", "county-officer", county);
        var coverage = new CoverageService.CoverageServiceClient(suite.Channel(ResourceNames.Assistance, officer));
        var request = new GetCoverageGapsRequest { AreaCode = county };
        var gaps = await Call(coverage.GetCoverageGapsAsync(request));
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            gaps = await Call(coverage.GetCoverageGapsAsync(request));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var (floorRows, floorTime) = RawSqlite.ReadAll(suite.AssistanceDatabase, "Women", $"VillageCode LIKE '{county}%'");
        Require(floorRows == importRows && gaps.ActiveWomen == importRows, $"Assistance holds {floorRows} women of the county, gaps count {gaps.ActiveWomen}");
        report.Add(new Figure("Coverage gaps", $"GetCoverageGaps, county of {importRows:N0} women ({gaps.Programmes.Count} programmes), median of 5",
            times[2], "ms", "raw read of the county's rows", floorTime.TotalMilliseconds, "≤ 1,000 ms", times[2] <= 1_000));
    }
}
