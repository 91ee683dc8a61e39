using Grpc.Core;
using Suite.CaseFile;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Assistance = Suite.Contracts.Assistance.V1;
using LegalAid = Suite.Contracts.LegalAid.V1;

namespace Suite.Benchmarks;

/// <summary>One woman across departments (8): her case file from five services, and a county's overdue referrals.</summary>
public sealed partial class BenchmarkRun
{
    private const int CaseFileWomen = 200;
    private const int CaseFileCalls = 400;
    // One officer opening one case file (its six calls in parallel, as the CLI and the console make them) against one
    // GetWoman: the measure. At 8 concurrent the case file puts 48 calls on 2 cores against 8.
    private const int CaseFileConcurrency = 1;

    private async Task MeasureCaseworkAsync()
    {
        var county = generator.ImportCounty;
        // Women of the county who consented to sharing: Employment registered them as job-seekers (7), Family education
        // signed most in at parent classes (6); here each also gets a visit that refers a legal need, a matter and an
        // application, so her records are spread over all five services.
        var women = CountyWomen(county, CaseFileWomen, consented: true).Select(w => w.Id).ToList();
        var visits = new VisitService.VisitServiceClient(suite.Channel(ResourceNames.Registry, _admin));
        var matters = new LegalAid.MatterService.MatterServiceClient(suite.Channel(ResourceNames.LegalAid, suite.Token("justice", "county-officer", county)));
        var applications = new Assistance.ApplicationService.ApplicationServiceClient(suite.Channel(ResourceNames.Assistance, suite.Token("civil-affairs", "county-officer", county)));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await Load.RunAsync(8, women.Count, async i =>
        {
            await Call(visits.RecordVisitAsync(new RecordVisitRequest
            {
                RequestId = $"bench-visit-{i}", ReferNeeds = true,
                Visit = new Visit { WomanId = women[i], Date = Date.From(today), Visitor = "村专干", Method = VisitMethod.InPerson, NeedsFound = { Need.Legal } },
            }));
            await Call(matters.CreateMatterAsync(new LegalAid.CreateMatterRequest
            {
                RequestId = $"bench-matter-{i}", Channel = LegalAid.Channel.WomensHome, Kind = LegalAid.MatterKind.LandRights, WomanId = women[i], Narrative = "承包地纠纷",
            }));
            await Call(applications.CreateApplicationAsync(new Assistance.CreateApplicationRequest
            {
                RequestId = $"bench-application-{i}", WomanId = women[i], ProgrammeCode = "temporary-assistance",
            }));
        });
        await WaitForQuietAsync(catchUp: null);
        await MeasureCaseFileAsync(women);
        await MeasureOverdueReferralsAsync(county);
    }

    /// <summary>The whole case file (card and five services' records, all pages) against one GetWoman of the same women, same concurrency.</summary>
    private async Task MeasureCaseFileAsync(IReadOnlyList<long> women)
    {
        var reader = new CaseFileReader(service => suite.Channel(service, _admin).CreateCallInvoker(), () => []);
        var registry = Registry(_admin);
        var files = new WomanCaseFile[women.Count];
        await Load.RunAsync(CaseFileConcurrency, women.Count, async i => files[i] = await reader.ReadAsync(women[i], CancellationToken.None)); // warm-up
        Require(files.All(f => f.Card is not null && f.Sections.All(s => s.State == SectionState.Answered)), "a case file had a department that did not answer");
        var records = files.Average(f => f.Sections.Sum(s => s.Records.Count));
        var departments = files.Average(f => f.Sections.Count(s => s.Records.Count > 0));
        Require(departments >= 4, $"her records are spread over {departments:N1} services on average, not five");

        var single = await Load.RunAsync(CaseFileConcurrency, CaseFileCalls, i => Call(registry.GetWomanAsync(new GetWomanRequest { Id = women[i % women.Count] })));
        var caseFile = await Load.RunAsync(CaseFileConcurrency, CaseFileCalls, i => reader.ReadAsync(women[i % women.Count], CancellationToken.None));
        var name = $"case file of one woman ({records:N1} records in {departments:N1} services on average), one at a time";
        report.Add(new Figure("Casework", name + ": p99", caseFile.P99Ms, "ms", "GetWoman of the same women p99", single.P99Ms, "≤ 3× floor", caseFile.P99Ms <= 3 * single.P99Ms));
        report.Add(new Figure("Casework", name + ": p50", caseFile.P50Ms, "ms", "GetWoman p50", single.P50Ms, "", null));
    }

    /// <summary>
    /// ListOverdue of Assistance for the county, once the referrals it received for the county's forms (one per woman
    /// with an assistance need she consented to share) are past their due date, against a raw read of those rows.
    /// </summary>
    private async Task MeasureOverdueReferralsAsync(string county)
    {
        // Fifteen days on: the referrals of the county's import are due. Set beside the running service, as time would.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var overdue = RawSqlite.Execute(suite.AssistanceDatabase, $"UPDATE Referrals SET DueDate = '{yesterday}' WHERE Sent = 0 AND Open = 1 AND VillageCode LIKE '{county}%'");
        var referrals = new ReferralService.ReferralServiceClient(suite.Channel(ResourceNames.Assistance, suite.Token("civil-affairs", "county-officer", county)));
        var request = new ListReferralsRequest { AreaCode = county, PageSize = 100 };
        var (page, median) = await MedianOfFiveAsync(() => Call(referrals.ListOverdueAsync(request)));
        var (floorRows, floorTime) = RawSqlite.ReadAll(suite.AssistanceDatabase, "Referrals", $"Sent = 0 AND Open = 1 AND DueDate < '{DateTime.UtcNow.AddHours(8):yyyy-MM-dd}' AND VillageCode LIKE '{county}%'");
        Require(overdue > 0 && floorRows == overdue && page.Referrals.Count == Math.Min(100, overdue), $"{overdue} referrals made overdue, {floorRows} read raw, {page.Referrals.Count} listed");
        report.Add(new Figure("Casework", $"ListOverdue referrals of Assistance for the county ({overdue:N0} overdue), first page of 100, median of 5",
            median, "ms", "raw read of the county's overdue referral rows", floorTime.TotalMilliseconds, "≤ 1,000 ms", median <= 1_000));
    }
}
