using System.Diagnostics;

namespace Suite.Benchmarks;

/// <summary>The soak (9): a sustained import of changes with every consumer busy, and the watch over the whole run.</summary>
public sealed partial class BenchmarkRun
{
    private const int SoakBatch = 10_000;

    /// <summary>
    /// Re-imports the county in batches of 10,000 rows for <c>--soak-minutes</c>, each round with the address changed
    /// back and forth, so every row is an update: change records, events, and every service's consumer applying them,
    /// all the while. Then waits until every consumer caught up.
    /// </summary>
    private async Task SoakAsync(TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var (rounds, rows) = (0, 0);
        while (watch.Elapsed < duration)
        {
            var size = Math.Min(SoakBatch, importRows);
            var (pass, first) = Math.DivRem((long)rounds * size, importRows);
            var batch = Rows((int)first, (int)Math.Min(size, importRows - first));
            var mark = pass % 2 == 0 ? "（复核）" : "";
            batch.ForEach(r => r.Woman.Address += mark);
            var (response, _) = await ImportAsync(batch);
            Require(response.Updated + response.Unchanged == batch.Count, $"soak round {rounds}: {response.Updated} updated, {response.Unchanged} unchanged, {response.Rejected} rejected of {batch.Count}");
            rows += batch.Count;
            rounds++;
        }
        var imported = watch.Elapsed;
        await WaitForQuietAsync(catchUp: null);
        report.Note($"Soak: {rows:N0} rows re-imported in {rounds} rounds over {imported.TotalMinutes:N1} min ({rows / imported.TotalSeconds:N0} rows/s, each an update "
            + $"with its change record and event), every consumer applying them meanwhile; caught up {(watch.Elapsed - imported).TotalSeconds:N0} s later.");
    }

    private void ReportWatch(ServiceWatch serviceWatch)
    {
        var errors = serviceWatch.Errors();
        var restarts = serviceWatch.Restarts;
        foreach (var line in errors.Take(5).Concat(restarts))
        {
            report.Note("Seen: " + line);
        }
        report.Add(new Figure("Soak", "error lines logged by any service, whole run", errors.Count, "lines", "none", 0, "0", errors.Count == 0));
        report.Add(new Figure("Soak", "service restarts or exits, whole run", restarts.Count, "", "none", 0, "0", restarts.Count == 0));
    }
}
