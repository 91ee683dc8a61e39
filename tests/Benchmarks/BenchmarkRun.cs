using System.Diagnostics;
using Grpc.Core;
using StackExchange.Redis;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.Benchmarks;

/// <summary>
/// The measurements in order: floors and the county import on a near-empty ledger, then the rest of the province
/// loaded through the same import, then reads at full size once every service has caught up (so no background work
/// competes with a measurement), the department services' queries, the web console's page loads, then memory and size.
/// </summary>
public sealed partial class BenchmarkRun(SuiteUnderTest suite, WomenGenerator generator, Report report, int women, int importRows, TimeSpan soak, string output)
{
    private const int LoadBatch = 100_000;
    private const int WarmUpRows = 20_000;
    private readonly string _admin = suite.Token("civil-affairs", "admin", "*");
    private readonly List<long> _countyWomanIds = [];
    private readonly List<long> _otherWomanIds = [];

    private WomenService.WomenServiceClient Registry(string token) => new(suite.Channel(ResourceNames.Registry, token));

    private DiagnosticsService.DiagnosticsServiceClient Diagnostics(string resource, string token) => new(suite.Channel(resource, token));

    public async Task ExecuteAsync()
    {
        var machineBefore = Footprint.MachineTicks();
        await using var serviceWatch = new ServiceWatch(suite, Watched);
        var startRss = new Dictionary<string, long>
        {
            [ResourceNames.Registry] = Footprint.ResidentBytes(suite.ProcessId(ResourceNames.Registry)),
            [ResourceNames.Assistance] = Footprint.ResidentBytes(suite.ProcessId(ResourceNames.Assistance)),
        };

        // A fresh process spends its first seconds compiling its hot paths (tiered JIT); a quarterly survey meets a
        // service that has been up for days. The first women of the other counties go in first, unmeasured.
        var warmUp = Math.Min(WarmUpRows, women - importRows);
        Step($"Warm-up: {warmUp:N0} women of other counties through the import (not measured)");
        await LoadAsync(importRows, warmUp);
        await WaitForQuietAsync(catchUp: null);

        Step("1. Import");
        await MeasureImportAsync();

        Step($"Loading the rest of the province ({women - importRows - warmUp:N0} women) through the import");
        await LoadAsync(importRows + warmUp, women - importRows - warmUp);
        await WaitForQuietAsync(catchUp: ("the last import", "every later figure was"));

        Step("2. Point read");
        await MeasurePointReadsAsync();

        Step("2b. Proxy hop");
        await MeasureProxyHopAsync();

        Step("3. Ledger query");
        await MeasureLedgerQueriesAsync();

        Step("4. Coverage gaps");
        await MeasureCoverageGapsAsync();

        Step("5. Cross-service");
        await MeasureCrossServiceAsync();

        Step("6. Family education coverage");
        await MeasureFamilyEducationCoverageAsync();

        Step("6b. Community");
        await MeasureCommunityAsync();

        Step("7. Employment matching");
        await MeasureEmploymentMatchingAsync();

        Step("8. Casework");
        await MeasureCaseworkAsync();

        Step("9. Supervision");
        await MeasureSupervisionAsync();

        Step("9b. Console");
        await MeasureConsoleAsync();

        Step("9c. Memory and size");
        MeasureFootprint(startRss);

        // After the memory and size figures, which count the province's women: this step adds --import more.
        Step($"9d. Replicas: the Registry as 1 and as 2 instances ({Environment.ProcessorCount} cores)");
        await MeasureReplicasAsync(women);

        Step($"10. Soak: a sustained import of changes for {soak.TotalMinutes:N0} min with every consumer running");
        await SoakAsync(soak);
        ReportWatch(serviceWatch);

        NoteSteal(machineBefore);
    }

    /// <summary>
    /// <c>--only console</c>: every woman through the import unmeasured (the county first), a wait until every service
    /// has caught up, then the console's page loads (9b) alone; minutes instead of the full run's most of an hour.
    /// </summary>
    public async Task ExecuteConsoleAsync()
    {
        var machineBefore = Footprint.MachineTicks();
        await using var serviceWatch = new ServiceWatch(suite, Watched);
        Step($"Loading {women:N0} women ({importRows:N0} in the county) through the import (not measured)");
        await LoadAsync(0, women);
        await WaitForQuietAsync(catchUp: ("the import", "the console's pages were"));

        Step("9b. Console");
        await MeasureConsoleAsync();
        var trouble = serviceWatch.Errors().Concat(serviceWatch.Restarts).ToList();
        report.Note($"Console-only run (--only console): {trouble.Count} error lines, restarts or exits seen{(trouble.Count > 0 ? ": " + string.Join(" | ", trouble.Take(5)) : ".")}");
        NoteSteal(machineBefore);
    }

    private void NoteSteal((long All, long Stolen) machineBefore)
    {
        var machineAfter = Footprint.MachineTicks();
        report.Note($"Steal (time our virtual cores were ready to run while the host ran something else): "
            + $"{(double)(machineAfter.Stolen - machineBefore.Stolen) / Math.Max(1, machineAfter.All - machineBefore.All):P1} of the machine's time over the run.");
    }

    private static string[] Watched => [ResourceNames.Registry, ResourceNames.Assistance, ResourceNames.LegalAid, ResourceNames.Employment, ResourceNames.FamilyEducation, ResourceNames.Community, ResourceNames.Supervision, ResourceNames.Console];

    /// <summary>Imports women [start, start + count) of the generator in batches of <see cref="LoadBatch"/>.</summary>
    private async Task LoadAsync(int start, int count)
    {
        var watch = Stopwatch.StartNew();
        for (var first = start; first < start + count; first += LoadBatch)
        {
            var rows = Rows(first, Math.Min(LoadBatch, start + count - first));
            var (response, _) = await ImportAsync(rows);
            Require(response.Created == rows.Count, $"loading rows {first}..: {response.Created} created of {rows.Count}, {response.Rejected} rejected");
            _otherWomanIds.AddRange(response.Results.Select(r => r.WomanId));
            Console.WriteLine($"  {first + rows.Count - start:N0} of {count:N0} loaded ({(first + rows.Count - start) / watch.Elapsed.TotalSeconds:N0} rows/s)");
        }
    }

    /// <summary>
    /// Waits until every service's outbox is published, every service has consumed every event of every other's stream
    /// (the Registry's changes, and the referrals and answers they set off), and the Registry has referred every need
    /// on the forms, so the reads that follow run on an idle machine at full size. With <paramref name="catchUp"/>,
    /// reports how long catching up took after what, and what was measured after it.
    /// </summary>
    private async Task WaitForQuietAsync((string After, string Measured)? catchUp)
    {
        var watch = Stopwatch.StartNew();
        using var redis = await ConnectionMultiplexer.ConnectAsync(suite.Endpoint(ResourceNames.Cache).Replace("tcp://", "", StringComparison.Ordinal));
        while (true)
        {
            var work = new List<(string What, long Left)>
            {
                ("needs to refer", RawSqlite.Count(suite.RegistryDatabase, "SELECT count(*) FROM Women WHERE NeedsPending = 1")),
            };
            foreach (var (service, database) in suite.Databases)
            {
                work.Add(($"{service} to publish", RawSqlite.Count(database, "SELECT count(*) FROM OutboxMessages WHERE PublishedAt IS NULL")));
                var readers = EventStreams.Services.Where(s => s != service).ToList();
                var groups = (await redis.GetDatabase().StreamGroupInfoAsync(EventStreams.Of(service))).Where(g => readers.Contains(g.Name)).ToList();
                work.Add(($"{service} stream unread", readers.Count - groups.Count + groups.Sum(g => (g.Lag ?? 0) + g.PendingMessageCount)));
            }
            if (work.All(w => w.Left == 0))
            {
                break;
            }
            Console.WriteLine($"  catching up: {string.Join(", ", work.Where(w => w.Left > 0).Select(w => $"{w.What} {w.Left:N0}"))}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        if (catchUp is var (after, measured))
        {
            report.Note($"After {after} returned, the services' outboxes, event consumers and need referrals needed {watch.Elapsed.TotalSeconds:N0} s more to catch up; {measured} measured after that.");
        }
    }

    private List<ImportWomenRequest> Rows(int first, int count) =>
        generator.Range(first, count).Select((w, i) => new ImportWomenRequest { RowNumber = i + 1, Woman = w }).ToList();

    private async Task<(ImportWomenResponse Response, TimeSpan Elapsed)> ImportAsync(IReadOnlyList<ImportWomenRequest> rows)
    {
        var watch = Stopwatch.StartNew();
        var response = await Registry(_admin).ImportAsync(rows);
        return (response, watch.Elapsed);
    }

    private static void Step(string title) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {title}");

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The benchmark's data is not what it should be: " + problem);
        }
    }

    private static async Task<T> Call<T>(AsyncUnaryCall<T> call)
    {
        using (call)
        {
            return await call.ResponseAsync;
        }
    }
}
