using Google.Protobuf.WellKnownTypes;
using Suite.Contracts.Registry.V1;
using static Suite.FamilyEducation.FunctionalTests.FamilyEducationSuite;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>The households with minor children, kept from the Registry's events; children's details only for the roles that need them.</summary>
public sealed class HouseholdTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    [Fact]
    public async Task Children_are_shown_to_the_federation_and_civil_affairs_and_refused_to_education()
    {
        var woman = await suite.RegisterAsync(children: [new DateOnly(2016, 5, 4), new DateOnly(2008, 3, 1)]);
        var household = await suite.HouseholdAsync(woman.Id);
        Assert.Equal(1, household.MinorChildren); // the one born in 2008 is 18
        Assert.Empty(household.Children); // not asked for

        foreach (var token in new[] { FederationTownship, CivilAffairsCounty })
        {
            var page = await suite.Guidance(token).ListHouseholdsAsync(new ListHouseholdsRequest { IncludeChildren = true, PageSize = 500 });
            var child = Assert.Single(page.Households.Single(h => h.WomanId == woman.Id).Children);
            Assert.Equal((2016, Schooling.Primary), (child.BirthYear, child.Schooling));
        }

        // Every read of her household is in the audit trail, with who read it.
        var auditor = new Suite.Contracts.Common.V1.AuditService.AuditServiceClient(suite.FamilyEducation.ChannelFor(TestTokens.Auditor));
        var records = await auditor.QueryAuditRecordsAsync(new Suite.Contracts.Common.V1.QueryAuditRecordsRequest { Resource = $"woman:{woman.Id}" });
        Assert.Contains(records.Records, r => r.Action.EndsWith("/ListHouseholds") && r.Department == "civil-affairs" && r.Outcome == "OK");

        var refused = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Guidance(EducationCounty).ListHouseholdsAsync(new ListHouseholdsRequest { IncludeChildren = true }).ResponseAsync);
        Assert.Contains("familyeducation.children.read", refused.Status.Detail);
        var counts = await suite.Guidance(EducationCounty).ListHouseholdsAsync(new ListHouseholdsRequest { PageSize = 500 });
        Assert.Equal(1, counts.Households.Single(h => h.WomanId == woman.Id).MinorChildren);
    }

    [Fact]
    public async Task A_change_of_household_members_in_the_Registry_reaches_the_households()
    {
        var woman = await suite.RegisterAsync(children: [new DateOnly(2019, 9, 1)]);
        await suite.HouseholdAsync(woman.Id);

        var current = await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id });
        var patch = new Woman { Id = woman.Id, Etag = current.Etag };
        patch.HouseholdMembers.Add(new HouseholdMember { Relation = HouseholdRelation.Child, Name = "李小红", BirthDate = new Date { Year = 2019, Month = 9, Day = 1 }, Schooling = Schooling.Kindergarten });
        patch.HouseholdMembers.Add(new HouseholdMember { Relation = HouseholdRelation.Child, Name = "李小刚", BirthDate = new Date { Year = 2023, Month = 2, Day = 1 }, Schooling = Schooling.NotYet });
        var updated = await suite.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = patch, UpdateMask = new FieldMask { Paths = { "household_members" } }, Reason = "二孩登记", RecordedBy = "测试" });
        await suite.HouseholdAsync(woman.Id, h => h.MinorChildren == 2);

        // Her children grown or gone from the household: she is no longer a household this service should reach.
        patch = new Woman { Id = woman.Id, Etag = updated.Etag };
        await suite.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = patch, UpdateMask = new FieldMask { Paths = { "household_members" } }, Reason = "随父外出", RecordedBy = "测试" });
        await Eventually.Until(async () =>
        {
            var page = await suite.Guidance(FederationCounty).ListHouseholdsAsync(new ListHouseholdsRequest { PageSize = 500 });
            return page.Households.Any(h => h.WomanId == woman.Id) ? null : page;
        });
    }

    [Fact]
    public async Task Households_are_paged_by_woman_id_and_a_token_keeps_its_filter()
    {
        var women = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            women.Add((await suite.RegisterAsync(SampleForms.OtherRuralVillage, children: [new DateOnly(2015, 1, 1)])).Id);
        }
        await suite.HouseholdAsync(women[^1]);
        var seen = new List<long>();
        var request = new ListHouseholdsRequest { AreaCode = SampleForms.OtherRuralVillage, PageSize = 2 };
        do
        {
            var page = await suite.Guidance(FederationCounty).ListHouseholdsAsync(request);
            Assert.True(page.Households.Count <= 2);
            seen.AddRange(page.Households.Select(h => h.WomanId));
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        Assert.Equal(seen.Order(), seen);
        Assert.Superset(women.ToHashSet(), seen.ToHashSet());

        var first = await suite.Guidance(FederationCounty).ListHouseholdsAsync(new ListHouseholdsRequest { AreaCode = SampleForms.OtherRuralVillage, PageSize = 2 });
        await RpcAssert.InvalidFields(() => suite.Guidance(FederationCounty).ListHouseholdsAsync(new ListHouseholdsRequest { AreaCode = SampleForms.RuralVillage, PageSize = 2, PageToken = first.NextPageToken }).ResponseAsync, "page_token");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Guidance(FederationVillage).ListHouseholdsAsync(new ListHouseholdsRequest { AreaCode = SampleForms.OtherRuralVillage }).ResponseAsync);
    }
}
