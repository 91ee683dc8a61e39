using Suite.Contracts.Common.V1;
using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>Protection orders and police referrals: either makes the matter sensitive.</summary>
public sealed class ProtectionTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private static readonly Date Today = new() { Year = 2026, Month = 11, Day = 22 };

    private async Task<ProtectionOrder> ApplyAsync(Matter? matter = null)
    {
        matter ??= await suite.MatterAsync((await suite.RegisterAsync()).Id, MatterKind.DomesticViolence);
        return await suite.Protection(JusticeCounty).ApplyForProtectionOrderAsync(new ApplyForProtectionOrderRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), MatterId = matter.Id, Court = "林口县人民法院", AppliedOn = Today,
        });
    }

    private Task<ProtectionOrder> IssueAsync(ProtectionOrder order, int days) => suite.Protection(JusticeCounty).DecideProtectionOrderAsync(new DecideProtectionOrderRequest
    {
        Id = order.Id, Etag = order.Etag, Issued = true, IssuedOn = Today,
        ExpiresOn = Date.From(new DateOnly(2026, 11, 22).AddDays(days)), Measures = { "禁止被申请人实施家庭暴力", "禁止骚扰、跟踪、接触申请人" },
    }).ResponseAsync;

    [Fact]
    public async Task An_issued_order_lists_as_expiring_within_its_window_and_takes_violations()
    {
        var soon = await IssueAsync(await ApplyAsync(), 20);
        var later = await IssueAsync(await ApplyAsync(), 90);
        Assert.Equal((OrderStatus.Issued, 2), (soon.Status, soon.Measures.Count));
        var expiring = (await suite.Protection(PoliceCounty).ListExpiringOrdersAsync(new ListExpiringOrdersRequest { AreaCode = SampleForms.County })).Orders.Select(o => o.Id).ToList();
        Assert.Contains(soon.Id, expiring);
        Assert.DoesNotContain(later.Id, expiring);

        soon = await suite.Protection(JusticeCounty).RecordOrderViolationAsync(new RecordOrderViolationRequest
        {
            Id = soon.Id, Etag = soon.Etag, Violation = new OrderViolation { Date = Today, Description = "被申请人到其家中骚扰" },
        });
        Assert.Single(soon.Violations);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => IssueAsync(soon, 30));
    }

    [Fact]
    public async Task An_order_makes_its_matter_sensitive_and_a_refused_order_takes_no_violation()
    {
        var matter = await suite.MatterAsync((await suite.RegisterAsync()).Id, MatterKind.MarriageFamily);
        Assert.False(matter.Sensitive);
        var order = await ApplyAsync(matter);
        Assert.True((await suite.Matters(FederationVillage).GetMatterAsync(new GetMatterRequest { Id = matter.Id, Purpose = "x" })).DetailsWithheld);
        order = await suite.Protection(JusticeCounty).DecideProtectionOrderAsync(new DecideProtectionOrderRequest { Id = order.Id, Etag = order.Etag, Issued = false });
        Assert.Equal(OrderStatus.Refused, order.Status);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => suite.Protection(JusticeCounty).RecordOrderViolationAsync(new RecordOrderViolationRequest
        {
            Id = order.Id, Etag = order.Etag, Violation = new OrderViolation { Date = Today, Description = "x" },
        }).ResponseAsync);
    }

    [Fact]
    public async Task Bad_orders_name_their_fields()
    {
        var order = await ApplyAsync();
        await RpcAssert.InvalidFields(() => suite.Protection(JusticeCounty).DecideProtectionOrderAsync(new DecideProtectionOrderRequest
        {
            Id = order.Id, Etag = order.Etag, Issued = true, IssuedOn = Today, ExpiresOn = Today,
        }).ResponseAsync, "expires_on", "measures");
        await RpcAssert.InvalidFields(() => suite.Protection(JusticeCounty).ApplyForProtectionOrderAsync(new ApplyForProtectionOrderRequest
        {
            RequestId = "o-1", MatterId = 1, Court = "", AppliedOn = new Date { Year = 2027, Month = 1, Day = 1 },
        }).ResponseAsync, "court", "applied_on");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Protection(JusticeCounty).DecideProtectionOrderAsync(new DecideProtectionOrderRequest { Id = 999999, Etag = "1" }).ResponseAsync);
    }

    [Fact]
    public async Task A_crime_is_referred_to_the_police_who_give_feedback_and_only_sensitive_roles_list_referrals()
    {
        var matter = await suite.MatterAsync((await suite.RegisterAsync()).Id, MatterKind.Fraud);
        var referral = await suite.Protection(FederationCounty).ReferToPoliceAsync(new ReferToPoliceRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), MatterId = matter.Id, Crime = CrimeKind.Fraud, Station = "林口镇派出所",
        });
        Assert.Equal(("林口镇派出所", Today), (referral.Station, referral.ReferredOn));
        referral = await suite.Protection(PoliceCounty).RecordPoliceFeedbackAsync(new RecordPoliceFeedbackRequest { Id = referral.Id, Etag = referral.Etag, Feedback = "已立案侦查" });
        Assert.Equal("已立案侦查", referral.Feedback);
        Assert.Contains((await suite.Protection(PoliceCounty).ListPoliceReferralsAsync(new ListPoliceReferralsRequest())).Referrals, r => r.Id == referral.Id);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Protection(FederationCounty).ListPoliceReferralsAsync(new ListPoliceReferralsRequest()).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Protection(FederationCounty)
            .RecordPoliceFeedbackAsync(new RecordPoliceFeedbackRequest { Id = referral.Id, Etag = referral.Etag, Feedback = "x" }).ResponseAsync);
        // The referral made the matter sensitive: the federation officer who referred it no longer sees its details.
        Assert.True((await suite.Matters(FederationCounty).GetMatterAsync(new GetMatterRequest { Id = matter.Id, Purpose = "x" })).DetailsWithheld);
        await RpcAssert.InvalidFields(() => suite.Protection(FederationCounty).ReferToPoliceAsync(new ReferToPoliceRequest()).ResponseAsync, "request_id", "matter_id", "crime", "station");
    }
}
