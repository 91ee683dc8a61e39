using System.Diagnostics;
using Suite.Contracts;
using Suite.Contracts.Supervision.V1;
using Assistance = Suite.Contracts.Assistance.V1;
using Employment = Suite.Contracts.Employment.V1;
using FamilyEducation = Suite.Contracts.FamilyEducation.V1;
using LegalAid = Suite.Contracts.LegalAid.V1;
using Registry = Suite.Contracts.Registry.V1;

namespace Suite.Benchmarks;

/// <summary>Supervision (9): a county's quarterly snapshot from the five services, and the county's progress view.</summary>
public sealed partial class BenchmarkRun
{
    // A complete snapshot is taken once; each timed snapshot is another past quarter of the imported county.
    private static readonly (int Year, int Quarter)[] SnapshotQuarters = [(2024, 4), (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1)];

    /// <summary>
    /// TakeSnapshot of the imported county against its floor, the same five services' county statistics called at once
    /// with the same identity's kind of token (what the snapshot cannot do with less); GetProgress of the county's
    /// townships against a raw read of the snapshot's figure rows.
    /// </summary>
    private async Task MeasureSupervisionAsync()
    {
        var county = generator.ImportCounty;
        var office = suite.Token("civil-affairs", "county-officer", county);
        var indicators = new IndicatorService.IndicatorServiceClient(suite.Channel(ResourceNames.Supervision, office));
        var times = new List<double>();
        Snapshot? snapshot = null;
        foreach (var (year, quarter) in SnapshotQuarters)
        {
            var watch = Stopwatch.StartNew();
            snapshot = await Call(indicators.TakeSnapshotAsync(new TakeSnapshotRequest { CountyCode = county, Year = year, Quarter = quarter }));
            times.Add(watch.Elapsed.TotalMilliseconds);
            Require(!snapshot.Partial, $"the {year} Q{quarter} snapshot is partial: {string.Join(", ", snapshot.MissingServices)} did not answer");
        }
        var median = Median(times.Skip(1).ToList()); // the first warms up
        var floor = await MedianOfFiveAsync(() => CountyStatisticsAsync(county)).ContinueWith(t => t.Result.MedianMs);
        var townships = snapshot!.Figures.Select(f => f.AreaCode).Where(a => a.Length == 9).Distinct().Count();
        report.Add(new Figure("Supervision", $"TakeSnapshot of a county of {importRows:N0} women ({townships} townships, {snapshot.Figures.Count} figures from 5 services), median of 5",
            median, "ms", "the five services' county statistics called at once", floor, "≤ 5,000 ms", median <= 5_000));

        var (last, lastQuarter) = SnapshotQuarters[^1];
        var request = new GetProgressRequest { CountyCode = county, Year = last, Quarter = lastQuarter, UnitKind = UnitKind.Township };
        var (progress, progressMedian) = await MedianOfFiveAsync(() => Call(indicators.GetProgressAsync(request)));
        var (rows, readTime) = RawSqlite.ReadAll(suite.SupervisionDatabase, "Figures", $"SnapshotId = {snapshot.Id}");
        Require(rows == snapshot.Figures.Count && progress.Units.Count == townships, $"progress of {progress.Units.Count} townships, {rows} figure rows");
        report.Add(new Figure("Supervision", $"GetProgress of the county ({progress.Units.Count} townships), median of 5",
            progressMedian, "ms", "raw read of the snapshot's figure rows", readTime.TotalMilliseconds, "≤ 1,000 ms", progressMedian <= 1_000));
    }

    /// <summary>The county's statistics each service answers, called at once (the snapshot asks the same per township too).</summary>
    private async Task<bool> CountyStatisticsAsync(string county)
    {
        var worker = suite.Token("services", "supervision-worker", "*");
        var (from, to) = (Suite.Contracts.Common.V1.Date.From(new DateOnly(2026, 1, 1)), Suite.Contracts.Common.V1.Date.From(new DateOnly(2026, 3, 31)));
        await Task.WhenAll(
            Call(new Registry.WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, worker)).GetStatisticsAsync(new Registry.GetStatisticsRequest { AreaCode = county })),
            Call(new Assistance.CoverageService.CoverageServiceClient(suite.Channel(ResourceNames.Assistance, worker)).GetCoverageGapsAsync(new Assistance.GetCoverageGapsRequest { AreaCode = county })),
            Call(new LegalAid.AwarenessService.AwarenessServiceClient(suite.Channel(ResourceNames.LegalAid, worker)).GetLegalAidStatisticsAsync(new LegalAid.GetLegalAidStatisticsRequest { AreaCode = county, FromDate = from, ToDate = to })),
            Call(new Employment.SupportService.SupportServiceClient(suite.Channel(ResourceNames.Employment, worker)).GetTargetProgressAsync(new Employment.GetTargetProgressRequest { AreaCode = county, Year = 2026 })),
            Call(new FamilyEducation.GuidanceService.GuidanceServiceClient(suite.Channel(ResourceNames.FamilyEducation, worker)).GetFamilyEducationStatisticsAsync(new FamilyEducation.GetFamilyEducationStatisticsRequest { AreaCode = county, FromDate = from, ToDate = to })));
        return true;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }
}
