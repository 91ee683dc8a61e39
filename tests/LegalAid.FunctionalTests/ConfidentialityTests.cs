using Suite.Contracts.Common.V1;
using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>Domestic-violence matters: the details are for the handler, justice and public security, and every read of them is audited with its purpose.</summary>
public sealed class ConfidentialityTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private const string Narrative = "丈夫酒后多次殴打, 身上有伤。";

    private async Task<Matter> DomesticViolenceAsync()
    {
        var woman = await suite.RegisterAsync();
        return await suite.Matters(JusticeCounty).CreateMatterAsync(new CreateMatterRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Channel = Channel.Hotline12338, Kind = MatterKind.DomesticViolence, WomanId = woman.Id, Narrative = Narrative,
        });
    }

    [Fact]
    public async Task A_federation_village_worker_of_the_same_village_sees_only_that_a_domestic_violence_matter_exists()
    {
        var matter = await DomesticViolenceAsync();
        Assert.True(matter.Sensitive);
        var worker = suite.Matters(FederationVillage);

        var seen = await worker.GetMatterAsync(new GetMatterRequest { Id = matter.Id, Purpose = "回访" });
        Assert.True(seen.DetailsWithheld);
        Assert.Equal((0L, "", "", MatterKind.Unspecified, 0), (seen.WomanId, seen.Narrative, seen.Contact, seen.Kind, seen.History.Count));
        Assert.Equal(matter.AreaCode, seen.AreaCode);

        var listed = (await worker.ListMattersAsync(new ListMattersRequest { PageSize = 200 })).Matters.Single(m => m.Id == matter.Id);
        Assert.True(listed.DetailsWithheld);
        Assert.Empty(listed.Narrative);
        // Filtering by kind would give the withheld ones away.
        Assert.DoesNotContain((await worker.ListMattersAsync(new ListMattersRequest { Kind = MatterKind.DomesticViolence, PageSize = 200 })).Matters, m => m.Id == matter.Id);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => worker.SetRiskColourAsync(new SetRiskColourRequest { Id = matter.Id, Etag = matter.Etag, Colour = RiskColour.Red, Reason = "x" }).ResponseAsync);
    }

    [Fact]
    public async Task Justice_reads_the_details_with_a_purpose_and_the_audit_log_keeps_the_read_and_its_purpose()
    {
        var matter = await DomesticViolenceAsync();
        var officer = suite.Matters(JusticeTownship);
        Assert.True((await officer.GetMatterAsync(new GetMatterRequest { Id = matter.Id })).DetailsWithheld); // no purpose, no details
        var read = await officer.GetMatterAsync(new GetMatterRequest { Id = matter.Id, Purpose = "安排心理疏导" });
        Assert.Equal(Narrative, read.Narrative);

        var auditor = new AuditService.AuditServiceClient(suite.LegalAid.ChannelFor(TestTokens.Auditor));
        var records = await auditor.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Resource = $"matter:{matter.Id}" });
        Assert.Contains(records.Records, r => r.Action.EndsWith("/GetMatter") && r.Department == "justice" && r.Purpose == "安排心理疏导" && r.Outcome == "OK");
    }

    [Fact]
    public async Task A_read_refused_by_its_permission_is_on_the_matter_record_with_who_tried()
    {
        var matter = await DomesticViolenceAsync();
        var outsider = TestTokens.For("human-resources", "county-officer", SampleForms.County, "县人社局干部"); // no Legal aid permission at all
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Matters(outsider).GetMatterAsync(new GetMatterRequest { Id = matter.Id, Purpose = "看看" }).ResponseAsync);

        var auditor = new AuditService.AuditServiceClient(suite.LegalAid.ChannelFor(TestTokens.Auditor));
        var records = await auditor.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Resource = $"matter:{matter.Id}" });
        Assert.Contains(records.Records, r => r.Action.EndsWith("/GetMatter") && r.Department == "human-resources" && r.Outcome == "PERMISSION_DENIED" && r.Purpose == "看看");
    }

    [Fact]
    public async Task Its_handler_sees_the_details_and_public_security_too()
    {
        var matter = await DomesticViolenceAsync();
        var handlerToken = TestTokens.Issuer.Mint("wf-handler-1", "承办人", "womens-federation", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
        matter = await suite.Matters(JusticeCounty).AssignMatterAsync(new AssignMatterRequest { Id = matter.Id, Etag = matter.Etag, Handler = "wf-handler-1", HandlerName = "承办人" });
        Assert.Equal(Narrative, (await suite.Matters(handlerToken).GetMatterAsync(new GetMatterRequest { Id = matter.Id, Purpose = "承办" })).Narrative);
        Assert.Equal(Narrative, (await suite.Matters(PoliceCounty).GetMatterAsync(new GetMatterRequest { Id = matter.Id, Purpose = "立案审查" })).Narrative);
        Assert.True((await suite.Matters(FederationCounty).GetMatterAsync(new GetMatterRequest { Id = matter.Id, Purpose = "x" })).DetailsWithheld);
    }

    [Fact]
    public async Task Its_handler_sees_its_colour_and_handler_in_the_list_and_others_of_the_area_do_not()
    {
        var matter = await DomesticViolenceAsync();
        var handlerToken = TestTokens.Issuer.Mint("wf-handler-2", "承办人乙", "womens-federation", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
        matter = await suite.Matters(JusticeCounty).AssignMatterAsync(new AssignMatterRequest { Id = matter.Id, Etag = matter.Etag, Handler = "wf-handler-2", HandlerName = "承办人乙" });
        matter = await suite.Matters(handlerToken).SetRiskColourAsync(new SetRiskColourRequest { Id = matter.Id, Etag = matter.Etag, Colour = RiskColour.Red, Reason = "多次施暴" });

        var mine = (await suite.Matters(handlerToken).ListMattersAsync(new ListMattersRequest { PageSize = 200 })).Matters.Single(m => m.Id == matter.Id);
        Assert.Equal((RiskColour.Red, "承办人乙", ""), (mine.RiskColour, mine.HandlerName, mine.Narrative)); // the narrative still one at a time, with a purpose
        Assert.NotNull(mine.FollowUpDue);

        var other = (await suite.Matters(FederationCounty).ListMattersAsync(new ListMattersRequest { PageSize = 200 })).Matters.Single(m => m.Id == matter.Id);
        Assert.Equal((RiskColour.Unspecified, "", MatterKind.Unspecified), (other.RiskColour, other.HandlerName, other.Kind));
    }

    [Fact]
    public async Task The_narrative_is_not_stored_in_clear()
    {
        await DomesticViolenceAsync();
        var bytes = DatabaseFile.RawText(suite.LegalAid.DatabasePath);
        Assert.DoesNotContain(System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes("殴打")), bytes);
    }
}
