using Suite.Contracts.Registry.V1;
using AssistanceV1 = Suite.Contracts.Assistance.V1;
using EmploymentV1 = Suite.Contracts.Employment.V1;
using FamilyEducationV1 = Suite.Contracts.FamilyEducation.V1;
using LegalAidV1 = Suite.Contracts.LegalAid.V1;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// "The records of woman N" in each service: what she has there, paged, cut to the caller's permissions and area,
/// a sensitive matter left out for a caller who may not see it (nothing tells it exists), every read audited.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed class WomanRecordsTests(FiveServices suite)
{
    /// <summary>A woman with records in every department: a visit, an application, three matters (one of domestic violence), a job-seeker registration, a concern.</summary>
    public static async Task<Woman> WithRecordsEverywhereAsync(FiveServices suite)
    {
        var woman = await suite.RegisterAsync();
        await suite.Visits(TestTokens.VillageStaff).RecordVisitAsync(new RecordVisitRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Visit = new Contracts.Registry.V1.Visit { WomanId = woman.Id, Date = Date.From(FiveServices.Today), Visitor = "李春华", Method = VisitMethod.Phone },
        });
        await new AssistanceV1.ApplicationService.ApplicationServiceClient(suite.Channel(ResourceNames.Assistance, FiveServices.CivilAffairsCounty))
            .CreateApplicationAsync(new AssistanceV1.CreateApplicationRequest { RequestId = Guid.NewGuid().ToString("N"), WomanId = woman.Id, ProgrammeCode = "mothers-health-express" });
        var matters = new LegalAidV1.MatterService.MatterServiceClient(suite.Channel(ResourceNames.LegalAid, FiveServices.JusticeCounty));
        foreach (var kind in new[] { LegalAidV1.MatterKind.LandRights, LegalAidV1.MatterKind.MarriageFamily, LegalAidV1.MatterKind.DomesticViolence })
        {
            await matters.CreateMatterAsync(new LegalAidV1.CreateMatterRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), Channel = LegalAidV1.Channel.TownshipRightsStation, Kind = kind, WomanId = woman.Id, Narrative = "来访反映情况。",
            });
        }
        await new EmploymentV1.JobService.JobServiceClient(suite.Channel(ResourceNames.Employment, FiveServices.HrCounty)).RegisterJobSeekerAsync(new EmploymentV1.RegisterJobSeekerRequest
        {
            WomanId = woman.Id, Status = EmploymentV1.SeekerStatus.Unemployed, Wish = EmploymentV1.WorkPattern.Flexible, Skills = { "家政服务" }, MaxDistance = EmploymentV1.Distance.SameTownship,
        });
        await new FamilyEducationV1.GuidanceService.GuidanceServiceClient(suite.Channel(ResourceNames.FamilyEducation, FiveServices.FederationVillage)).RaiseConcernAsync(new FamilyEducationV1.RaiseConcernRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), WomanId = woman.Id, Kind = FamilyEducationV1.ConcernKind.NoAdultAtHome, Severity = FamilyEducationV1.Severity.Attention,
            Narrative = "放学后常一人在家。",
        });
        return woman;
    }

    private async Task<List<WomanRecord>> AllAsync(string service, string token, long womanId, int pageSize = 0)
    {
        var records = new List<WomanRecord>();
        var request = new ListWomanRecordsRequest { WomanId = womanId, PageSize = pageSize };
        do
        {
            var page = await suite.Records(service, token).ListWomanRecordsAsync(request);
            records.AddRange(page.Records);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return records;
    }

    [Fact]
    public async Task Each_service_answers_for_its_records_of_her_in_Chinese()
    {
        var woman = await WithRecordsEverywhereAsync(suite);
        Assert.Contains(await AllAsync(ResourceNames.Registry, FiveServices.CivilAffairsCounty, woman.Id), r => r.Kind == "visit" && r.Summary.StartsWith("探访（电话，李春华）"));
        Assert.Contains(await AllAsync(ResourceNames.Assistance, FiveServices.CivilAffairsCounty, woman.Id), r => r.Kind == "application");
        Assert.Equal(3, (await AllAsync(ResourceNames.LegalAid, FiveServices.JusticeCounty, woman.Id)).Count(r => r.Kind == "matter"));
        Assert.Contains(await AllAsync(ResourceNames.Employment, FiveServices.HrCounty, woman.Id), r => r.Kind == "job_seeker");
        var family = await AllAsync(ResourceNames.FamilyEducation, FiveServices.FederationCounty, woman.Id);
        Assert.Contains(family, r => r.Kind == "concern" && r.Summary == "儿童监护关注，跟进中");
        Assert.DoesNotContain(family, r => r.Summary.Contains("放学后")); // the narrative never leaves as a record
    }

    [Fact]
    public async Task Her_records_come_in_pages_that_lose_and_repeat_nothing()
    {
        var woman = await WithRecordsEverywhereAsync(suite);
        var first = await suite.Records(ResourceNames.LegalAid, FiveServices.JusticeCounty).ListWomanRecordsAsync(new ListWomanRecordsRequest { WomanId = woman.Id, PageSize = 2 });
        Assert.Equal(2, first.Records.Count);
        Assert.NotEqual("", first.NextPageToken);
        var paged = await AllAsync(ResourceNames.LegalAid, FiveServices.JusticeCounty, woman.Id, pageSize: 1);
        var whole = await AllAsync(ResourceNames.LegalAid, FiveServices.JusticeCounty, woman.Id, pageSize: 500);
        Assert.Equal(whole.Select(r => (r.Kind, r.Id)), paged.Select(r => (r.Kind, r.Id)));
        await RpcAssert.InvalidFields(() => suite.Records(ResourceNames.LegalAid, FiveServices.JusticeCounty).ListWomanRecordsAsync(new ListWomanRecordsRequest()).ResponseAsync, "woman_id");
    }

    [Fact]
    public async Task A_domestic_violence_matter_is_left_out_for_a_caller_who_may_not_see_it()
    {
        var woman = await WithRecordsEverywhereAsync(suite);
        var justice = await AllAsync(ResourceNames.LegalAid, FiveServices.JusticeCounty, woman.Id);
        Assert.Contains(justice, r => r.Summary.StartsWith("家庭暴力"));
        var federation = await AllAsync(ResourceNames.LegalAid, FiveServices.FederationCounty, woman.Id);
        Assert.Equal(2, federation.Count(r => r.Kind == "matter"));
        Assert.DoesNotContain(federation, r => r.Summary.Contains("家庭暴力"));
        Assert.Equal(federation.Count, (await suite.Records(ResourceNames.LegalAid, FiveServices.FederationCounty)
            .ListWomanRecordsAsync(new ListWomanRecordsRequest { WomanId = woman.Id, PageSize = 500 })).Records.Count); // no count, no gap tells of it
    }

    [Fact]
    public async Task A_caller_of_another_area_or_without_the_departments_permissions_sees_nothing()
    {
        var woman = await WithRecordsEverywhereAsync(suite);
        foreach (var service in EventStreams.Services)
        {
            Assert.Empty(await AllAsync(service, FiveServices.OtherCountyOfficer, woman.Id));
        }
        // Civil affairs reads no Legal aid matter and no Employment registration.
        Assert.Empty(await AllAsync(ResourceNames.LegalAid, FiveServices.CivilAffairsCounty, woman.Id));
        Assert.DoesNotContain(await AllAsync(ResourceNames.Employment, FiveServices.CivilAffairsCounty, woman.Id), r => r.Kind == "job_seeker");
        await RpcAssert.FailsWith(StatusCode.Unauthenticated, () => suite.Records(ResourceNames.Assistance, null!).ListWomanRecordsAsync(new ListWomanRecordsRequest { WomanId = woman.Id }).ResponseAsync);
    }

    [Fact]
    public async Task Every_read_of_her_records_is_audited_with_who_read()
    {
        var woman = await WithRecordsEverywhereAsync(suite);
        await AllAsync(ResourceNames.LegalAid, FiveServices.FederationCounty, woman.Id);
        var auditor = new AuditService.AuditServiceClient(suite.Channel(ResourceNames.LegalAid, TestTokens.Auditor));
        var records = await Eventually.Until(async () =>
            (await auditor.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Resource = $"woman:{woman.Id}" })).Records
                .FirstOrDefault(r => r.Action.EndsWith("/ListWomanRecords") && r.Department == "womens-federation"));
        Assert.Equal("OK", records.Outcome);
    }
}
