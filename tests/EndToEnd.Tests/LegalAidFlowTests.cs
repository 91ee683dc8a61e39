using Suite.Contracts;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.LegalAid.V1;
using Suite.Contracts.Registry.V1;
using Suite.Security.Tokens;
using Suite.TestSupport;
using Xunit;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.EndToEnd.Tests;

/// <summary>The Legal aid issue's "done when", under the app host: from a 12338 call to a referral in Assistance.</summary>
[Collection(SuiteCollection.Name)]
public sealed class LegalAidFlowTests(SuiteAppHost suite)
{
    [Fact]
    public async Task A_red_domestic_violence_call_is_overdue_after_its_deadline_gets_a_protection_order_and_reaches_Assistance_as_a_referral()
    {
        var justice = new LocalTokenIssuer(LocalSecretsFile.Read(suite.DataDirectory)!.SigningKey)
            .Mint("local:justice-officer", "县司法局干部", "justice", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
        var woman = await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin")))
            .CreateWomanAsync(SampleForms.Create());

        var matters = new MatterService.MatterServiceClient(suite.Channel(ResourceNames.LegalAid, justice));
        var matter = await matters.CreateMatterAsync(new CreateMatterRequest
        {
            RequestId = "e2e-12338", Channel = Channel.Hotline12338, Kind = MatterKind.DomesticViolence, WomanId = woman.Id, Narrative = "来电称丈夫多次殴打",
        });
        matter = await matters.SetRiskColourAsync(new SetRiskColourRequest { Id = matter.Id, Etag = matter.Etag, Colour = RiskColour.Red, Reason = "人身安全受威胁" });

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await matters.ListOverdueMattersAsync(new ListOverdueMattersRequest())).Matters.Any(m => m.Id == matter.Id))
        {
            Assert.True(DateTime.UtcNow < deadline, "the red matter never showed as overdue");
            await Task.Delay(500);
        }

        var protection = new ProtectionService.ProtectionServiceClient(suite.Channel(ResourceNames.LegalAid, justice));
        var order = await protection.ApplyForProtectionOrderAsync(new ApplyForProtectionOrderRequest
        {
            RequestId = "e2e-order", MatterId = matter.Id, Court = "林口县人民法院", AppliedOn = Date.From(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8))),
        });
        order = await protection.DecideProtectionOrderAsync(new DecideProtectionOrderRequest
        {
            Id = order.Id, Etag = order.Etag, Issued = true, IssuedOn = order.AppliedOn, ExpiresOn = Date.From(order.AppliedOn.ToDateOnly().AddMonths(6)), Measures = { "禁止实施家庭暴力" },
        });
        Assert.Equal(OrderStatus.Issued, order.Status);

        var referrals = new Suite.Contracts.Common.V1.ReferralService.ReferralServiceClient(suite.Channel(ResourceNames.Assistance, suite.Token("civil-affairs", "county-officer")));
        while (!(await referrals.ListInboxAsync(new Suite.Contracts.Common.V1.ListReferralsRequest { WomanId = woman.Id, PageSize = 500 })).Referrals
            .Any(r => r.Needs.Contains(Suite.Contracts.Common.V1.ReferralNeed.PsychologicalSupport) && !r.Text.Contains("暴力")))
        {
            Assert.True(DateTime.UtcNow < deadline, "no referral reached Assistance");
            await Task.Delay(500);
        }
    }
}
