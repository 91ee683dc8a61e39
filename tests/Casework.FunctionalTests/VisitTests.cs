using Suite.Contracts.Registry.V1;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// The village visit (定期探访): village staff record visits to the women of their own village, the next is due by her
/// priority, and a need found may be referred in the same step.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed class VisitTests(FiveServices suite)
{
    private static RecordVisitRequest Visit(long womanId, params Need[] needs) => new()
    {
        RequestId = Guid.NewGuid().ToString("N"),
        Visit = new Contracts.Registry.V1.Visit
        {
            WomanId = womanId, Date = Date.From(FiveServices.Today), Visitor = "李春华", Method = VisitMethod.InPerson, NeedsFound = { needs },
            Risks = { VisitRisk.FamilyConflict }, Note = "丈夫半年未寄钱回家",
        },
    };

    [Fact]
    public async Task Village_staff_record_a_visit_to_a_woman_of_their_village_and_she_is_next_due_by_her_priority()
    {
        var form = SampleForms.Woman();
        form.EconomicStatus = EconomicStatus.MinimumAllowance; // 重点
        var woman = await suite.Women.CreateWomanAsync(SampleForms.Create(form));
        Assert.Equal(PriorityLevel.Priority, woman.Priority);
        var recorded = await suite.Visits(TestTokens.VillageStaff).RecordVisitAsync(Visit(woman.Id));
        Assert.Equal(FiveServices.Today.AddDays(20), recorded.Visit.NextDue.ToDateOnly()); // the county's own frequency for 重点 women
        Assert.Empty(recorded.Referrals);

        var routine = await suite.RegisterAsync();
        Assert.Equal(PriorityLevel.Routine, routine.Priority);
        var other = await suite.Visits(TestTokens.VillageStaff).RecordVisitAsync(Visit(routine.Id));
        Assert.Equal(FiveServices.Today.AddDays(90), other.Visit.NextDue.ToDateOnly()); // 一般: every 90 days by default

        var card = await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id });
        Assert.Equal(FiveServices.Today.AddDays(20), card.NextVisitDate.ToDateOnly());
        var visits = await suite.Visits(TestTokens.VillageStaff).ListVisitsAsync(new ListVisitsRequest { WomanId = woman.Id });
        Assert.Equal("李春华", Assert.Single(visits.Visits).Visitor);
        Assert.Equal([VisitRisk.FamilyConflict], visits.Visits[0].Risks);
    }

    [Fact]
    public async Task Staff_of_another_village_or_department_may_not_record_her_visit_and_nothing_is_written()
    {
        var woman = await suite.RegisterAsync();
        // Outside their area she is not found, as everywhere in the suite (nothing tells she exists).
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Visits(FiveServices.OtherVillageStaff).RecordVisitAsync(Visit(woman.Id)).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Visits(FiveServices.OtherCountyOfficer).RecordVisitAsync(Visit(woman.Id)).ResponseAsync);
        // A county officer of justice sees her and may read visits, but records none.
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Visits(FiveServices.JusticeCounty).RecordVisitAsync(Visit(woman.Id)).ResponseAsync);
        Assert.Empty((await suite.Visits(TestTokens.CountyOfficer).ListVisitsAsync(new ListVisitsRequest { WomanId = woman.Id })).Visits);

        var bad = Visit(woman.Id);
        bad.Visit.Visitor = "";
        bad.Visit.Method = VisitMethod.Unspecified;
        bad.ReferNeeds = true;
        await RpcAssert.InvalidFields(() => suite.Visits(TestTokens.VillageStaff).RecordVisitAsync(bad).ResponseAsync, "visit.visitor", "visit.method", "refer_needs");
    }

    [Fact]
    public async Task A_visit_that_finds_a_legal_need_refers_it_to_Legal_aid_in_the_same_step_once()
    {
        var woman = await suite.RegisterAsync();
        var request = Visit(woman.Id, Need.Legal);
        request.ReferNeeds = true;
        request.Urgency = ReferralUrgency.Urgent;
        var recorded = await suite.Visits(TestTokens.VillageStaff).RecordVisitAsync(request);
        var referral = Assert.Single(recorded.Referrals);
        Assert.Equal((ResourceNames.LegalAid, ReferralReason.VisitFinding, ReferralUrgency.Urgent), (referral.Target, referral.Reason, referral.Urgency));
        Assert.Equal([referral.Id], recorded.Visit.ReferralIds);

        // The same request again (a retried call) records nothing new and sends nothing new.
        var again = await suite.Visits(TestTokens.VillageStaff).RecordVisitAsync(request);
        Assert.Equal(recorded.Visit.Id, again.Visit.Id);
        var received = await suite.ReceivedAsync(ResourceNames.LegalAid, woman.Id, ResourceNames.Registry, ReferralReason.VisitFinding);
        Assert.Equal("走访发现（来自妇女台账）：需要法律帮助（紧急）", received.Text);
        Assert.Single((await suite.Referrals(ResourceNames.Registry).ListSentAsync(new ListReferralsRequest { WomanId = woman.Id })).Referrals);
    }

    [Fact]
    public async Task A_woman_not_visited_in_time_is_on_the_overdue_list_of_her_area()
    {
        var woman = await suite.RegisterAsync();
        var recorded = await suite.Visits(TestTokens.VillageStaff).RecordVisitAsync(Visit(woman.Id));
        var due = new ListDueVisitsRequest { AreaCode = SampleForms.RuralVillage, WithinDays = 0, PageSize = 500 };
        Assert.DoesNotContain((await suite.Visits(TestTokens.VillageStaff).ListDueVisitsAsync(due)).Women, w => w.Id == woman.Id);

        suite.Clock.Advance(TimeSpan.FromDays(91));
        try
        {
            Assert.Contains((await suite.Visits(TestTokens.VillageStaff).ListDueVisitsAsync(due)).Women, w => w.Id == woman.Id);
            await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Visits(FiveServices.OtherVillageStaff).ListDueVisitsAsync(due).ResponseAsync);
        }
        finally
        {
            suite.Clock.Advance(TimeSpan.FromDays(-91));
        }
        Assert.Equal(recorded.Visit.NextDue, (await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).NextVisitDate);
    }
}
