using System.Diagnostics;
using Grpc.Core;
using Microsoft.Playwright;
using Suite.Browser;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;
using Suite.Security.Tokens;
using LegalAid = Suite.Contracts.LegalAid.V1;

namespace Suite.Benchmarks;

/// <summary>
/// The web console (9b): loads of the home page and the ledger list in a real browser as the imported county's
/// civil-affairs officer, from the navigation's start to the page running interactively, against the gRPC calls the
/// page makes, made straight from here with the same person's token, one load and one page's worth of calls in turn.
/// </summary>
public sealed partial class BenchmarkRun
{
    private const int PageWarmUps = 10;
    private const int PageLoads = 100;

    /// <summary>
    /// The browser notes, in ms since the navigation started, when the layout's <c>#interactive</c> appears (the circuit
    /// runs the page) and when the live page shows its data again: the circuit renders the page afresh, and until its
    /// own calls return the prerendered data gives way to 正在读取… (home) or no table (ledger). Data shown: the page's
    /// own element, and every area label with its name.
    /// </summary>
    private const string PageClock = """
        (() => {
            const shown = { '/': '[data-count=visits-due]', '/women': '#women .area' }[location.pathname];
            const observer = new MutationObserver(() => {
                if (window.interactiveAt === undefined && document.getElementById('interactive')) {
                    window.interactiveAt = performance.now();
                }
                if (window.interactiveAt !== undefined && shown && document.querySelector(shown)
                    && [...document.querySelectorAll('.area')].every(a => !/^\s*\d/.test(a.textContent))) {
                    window.shownAt = performance.now();
                    observer.disconnect();
                }
            });
            observer.observe(document, { childList: true, subtree: true, characterData: true });
        })();
        """;

    private async Task MeasureConsoleAsync()
    {
        var person = DevelopmentIdentities.Common.Single(p => p is { Department: "civil-affairs", Role: "county-officer" });
        Require(person.Area == generator.ImportCounty, $"the development county officer's area {person.Area} is not the imported county {generator.ImportCounty}");
        var calls = new PageCalls(suite, suite.Token(person), person.Area);
        await using var chromium = await Chromium.LaunchAsync();
        // Not offline (no request leaves the console anyway): Playwright's routing would turn the browser's cache off.
        var page = await chromium.NewPageAsync(suite.ConsoleAddress, offline: false);
        await page.AddInitScriptAsync(PageClock);
        await Chromium.SignInAsync(page, person.Department, person.Role);

        await MeasurePageAsync(page, "/", $"home page (to-do list, {PageCalls.HomeCalls} calls at once)", calls.HomeAsync);
        await MeasurePageAsync(page, "/women", "ledger list (first page of 20, then the names of its villages)", calls.WomenAsync);
    }

    /// <summary>
    /// Warm-up loads, then <see cref="PageLoads"/> loads of the page, each followed by one page's worth of its calls;
    /// the figure is the loads' p95 against the calls' p95.
    /// </summary>
    private async Task MeasurePageAsync(IPage page, string path, string name, Func<Task<IReadOnlyList<StatusCode>>> pageCalls)
    {
        for (var i = 0; i < PageWarmUps; i++)
        {
            await LoadPageAsync(page, path);
            await pageCalls();
        }
        var refused = (await pageCalls()).Where(s => s != StatusCode.OK).ToList();

        var (html, interactive, shown, floors) = (new List<double>(PageLoads), new List<double>(PageLoads), new List<double>(PageLoads), new List<double>(PageLoads));
        var consoleCpu = Footprint.CpuTime(suite.ProcessId(ResourceNames.Console));
        for (var i = 0; i < PageLoads; i++)
        {
            var (htmlAt, interactiveAt, shownAt) = await LoadPageAsync(page, path);
            html.Add(htmlAt);
            interactive.Add(interactiveAt);
            shown.Add(shownAt);
            var started = Stopwatch.GetTimestamp();
            await pageCalls();
            floors.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        consoleCpu = Footprint.CpuTime(suite.ProcessId(ResourceNames.Console)) - consoleCpu;
        var load = Percentiles(interactive);
        var data = Percentiles(shown);
        var floor = Percentiles(floors);
        report.Note($"Console {path}: the page's HTML (its server render, the page's calls made once) had arrived at p50 {Percentiles(html).P50Ms:N0} ms, "
            + $"interactive at p50 {load.P50Ms:N0} ms; the console's process used {consoleCpu.TotalMilliseconds / PageLoads:N0} ms of CPU per load (the floor's calls do not reach it).");
        if (refused.Count > 0)
        {
            report.Note($"Console {path}: {refused.Count} of the page's calls are refused to the county officer ({string.Join(", ", refused.GroupBy(s => s).Select(g => $"{g.Count()} {g.Key}"))}); "
                + "the page leaves those parts out, and the floor makes them too.");
        }
        var measure = $"{path} {name}, {PageLoads} loads";
        report.Add(new Figure("Console", measure + ", server render to interactive: p95", load.P95Ms, "ms", "the page's gRPC calls, same person, p95", floor.P95Ms,
            "≤ 3× floor", load.P95Ms <= 3 * floor.P95Ms));
        report.Add(new Figure("Console", measure + ", server render to interactive: p50", load.P50Ms, "ms", "the page's gRPC calls p50", floor.P50Ms, "", null));
        report.Add(new Figure("Console", measure + ", until the live page shows its data again: p95", data.P95Ms, "ms", "the page's gRPC calls p95", floor.P95Ms, "", null));
    }

    private static LoadResult Percentiles(List<double> times) => LoadResult.Of(1, TimeSpan.FromMilliseconds(times.Sum()), times);

    /// <summary>
    /// One full load of the page (as a typed address or a reload): ms from the navigation's start to the end of the
    /// page's HTML, to the page running interactively, and to the live page showing its data.
    /// </summary>
    private static async Task<(double Html, double Interactive, double Shown)> LoadPageAsync(IPage page, string path)
    {
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
        try
        {
            await page.WaitForFunctionAsync("() => window.shownAt !== undefined", null, new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            Require(false, $"{page.Url} did not show its data within 30 s");
        }
        Require(new Uri(page.Url).AbsolutePath == path, $"loading {path} ended on {page.Url}");
        var times = await page.EvaluateAsync<double[]>("() => [performance.getEntriesByType('navigation')[0].responseEnd, window.interactiveAt, window.shownAt]");
        return (times[0], times[1], times[2]);
    }

    /// <summary>
    /// The gRPC calls each page makes to render once, as the console makes them: through the address its service
    /// discovery gives it (DCP's proxy in this run), with the person's token, answers in Chinese, a 10 s deadline; a
    /// refusal is an answer (the page shows or leaves out that part).
    /// </summary>
    private sealed class PageCalls(SuiteUnderTest suite, string token, string area)
    {
        /// <summary>The header's area name, the visits overdue and due, each service's referral inbox and overdue list, the overdue matters.</summary>
        public static int HomeCalls => 3 + 2 * CaseworkLabels.Services.Count + 1;

        private AreasService.AreasServiceClient Areas => new(suite.ProxiedChannel(ResourceNames.Registry, token));

        /// <summary>Home.razor and the layout's area name: every call started at once.</summary>
        public async Task<IReadOnlyList<StatusCode>> HomeAsync()
        {
            var visits = new VisitService.VisitServiceClient(suite.ProxiedChannel(ResourceNames.Registry, token));
            var matters = new LegalAid.MatterService.MatterServiceClient(suite.ProxiedChannel(ResourceNames.LegalAid, token));
            List<Task<StatusCode>> calls =
            [
                TryAsync(Areas.GetAreaAsync(new GetAreaRequest { Code = area }, Options())),
                TryAsync(visits.ListDueVisitsAsync(new ListDueVisitsRequest { WithinDays = 0, PageSize = 50 }, Options())),
                TryAsync(visits.ListDueVisitsAsync(new ListDueVisitsRequest { WithinDays = 7, PageSize = 50 }, Options())),
            ];
            foreach (var overdue in new[] { false, true })
            {
                foreach (var (service, _) in CaseworkLabels.Services)
                {
                    var referrals = new ReferralService.ReferralServiceClient(suite.ProxiedChannel(service, token));
                    var request = new ListReferralsRequest { PageSize = 50 };
                    calls.Add(TryAsync(overdue ? referrals.ListOverdueAsync(request, Options()) : referrals.ListInboxAsync(request, Options())));
                }
            }
            calls.Add(TryAsync(matters.ListOverdueMattersAsync(new LegalAid.ListOverdueMattersRequest { PageSize = 50 }, Options())));
            Require(calls.Count == HomeCalls, "the home page's calls");
            return await Task.WhenAll(calls);
        }

        /// <summary>
        /// Women.razor and the layout's area name: the first page of the ledger (20, no filter) beside the area name,
        /// then the name of each village on the page, at once (each name once, as the console's AreaNames asks).
        /// </summary>
        public async Task<IReadOnlyList<StatusCode>> WomenAsync()
        {
            var header = TryAsync(Areas.GetAreaAsync(new GetAreaRequest { Code = area }, Options()));
            var registry = new WomenService.WomenServiceClient(suite.ProxiedChannel(ResourceNames.Registry, token));
            using var list = registry.ListWomenAsync(new ListWomenRequest { Filter = new WomenFilter(), PageSize = 20 }, Options());
            var page = await list.ResponseAsync;
            Require(page.Women.Count == 20, $"the ledger's first page has {page.Women.Count} women");
            var villages = page.Women.Select(w => w.VillageCode).Distinct().Select(v => TryAsync(Areas.GetAreaAsync(new GetAreaRequest { Code = v }, Options())));
            return [StatusCode.OK, .. await Task.WhenAll(villages), await header];
        }

        private static CallOptions Options() => new(new Metadata { { "accept-language", "zh-CN" } }, DateTime.UtcNow.AddSeconds(10));

        private static async Task<StatusCode> TryAsync<T>(AsyncUnaryCall<T> call)
        {
            using (call)
            {
                try
                {
                    await call.ResponseAsync;
                    return StatusCode.OK;
                }
                catch (RpcException ex)
                {
                    return ex.StatusCode;
                }
            }
        }
    }
}
