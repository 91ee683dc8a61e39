using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Events;
using static Suite.LegalAid.FunctionalTests.LegalAidSuite;
using AssistanceReferrals = Suite.Casework.ReferralEventHandler<Suite.Assistance.Infrastructure.AssistanceDbContext>;
using Matter = Suite.Contracts.LegalAid.V1.Matter;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>The event paths through real Redis streams: Legal aid → Assistance (referrals and their answers), and Registry → Legal aid.</summary>
public sealed class EventTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    // What Assistance received from Legal aid (needs only: the source of a sensitive one is not told to everyone).
    private async Task<List<Referral>> ReferralsOf(long womanId, string? token = null) =>
        [.. (await new ReferralService.ReferralServiceClient(suite.Assistance.ChannelFor(token ?? TestTokens.CountyOfficer))
            .ListInboxAsync(new ListReferralsRequest { WomanId = womanId, PageSize = 500 })).Referrals.Where(r => r.Needs.Contains(ReferralNeed.PsychologicalSupport) || r.Source == ResourceNames.LegalAid)];

    private Task<Matter> Red(Matter matter) => suite.Matters(JusticeCounty)
        .SetRiskColourAsync(new SetRiskColourRequest { Id = matter.Id, Etag = matter.Etag, Colour = RiskColour.Red, Reason = "人身安全受威胁" }).ResponseAsync;

    [Fact]
    public async Task A_red_domestic_violence_matter_opens_exactly_one_referral_in_Assistance_also_after_a_redelivery()
    {
        await ReferralsOf(0); // starts Assistance and its consumers
        var woman = await suite.RegisterAsync(); // an ordinary woman: the Registry's own events open no referral for her
        var matter = await Red(await suite.MatterAsync(woman.Id, MatterKind.DomesticViolence));

        // Civil affairs' county officer may not see sensitive matters: the referral says what help she needs, how soon,
        // and nothing of where it comes from (Legal aid withholds the same matter's kind from him).
        var referral = await Eventually.Until(async () => (await ReferralsOf(woman.Id)).SingleOrDefault());
        Assert.Equal("需要心理疏导、临时救助（紧急）", referral.Text);
        Assert.Equal([ReferralNeed.PsychologicalSupport, ReferralNeed.TemporaryAssistance], referral.Needs);
        Assert.Equal(ReferralUrgency.Urgent, referral.Urgency);
        Assert.Equal((ReferralReason.Unspecified, ""), (referral.Reason, referral.Source));
        Assert.Equal(woman.VillageCode, referral.VillageCode);
        var published = await PublishedEvents.FindAsync(suite.CacheConnectionString, EventStreams.LegalAid, ReferralSent.Descriptor.FullName, e => ReferralSent.Parser.ParseFrom(e.Data).WomanId == woman.Id);
        var red = await PublishedEvents.FindAsync(suite.CacheConnectionString, EventStreams.LegalAid, MatterTurnedRed.Descriptor.FullName, e => MatterTurnedRed.Parser.ParseFrom(e.Data).MatterId == matter.Id);
        Assert.DoesNotContain("DOMESTIC", System.Text.Encoding.UTF8.GetString(published.Data) + System.Text.Encoding.UTF8.GetString(red.Data), StringComparison.Ordinal);

        // A holder of sensitive.read sees why and from where.
        var told = (await ReferralsOf(woman.Id, TestTokens.Admin)).Single();
        Assert.Equal((ReferralReason.SafetyRisk, ResourceNames.LegalAid), (told.Reason, told.Source));
        Assert.Equal("人身安全风险（来自法律援助）：需要心理疏导、临时救助（紧急）", told.Text);

        // Legal aid sees Assistance's answers: accepted, then done.
        var sent = new ReferralService.ReferralServiceClient(suite.LegalAid.ChannelFor(JusticeCounty));
        Assert.Equal(ReferralStatus.Sent, (await sent.ListSentAsync(new ListReferralsRequest { WomanId = woman.Id })).Referrals.Single().Status);
        var accepted = await new ReferralService.ReferralServiceClient(suite.Assistance.ChannelFor(TestTokens.CountyOfficer)).AcceptReferralAsync(new AcceptReferralRequest { Id = referral.Id, Etag = referral.Etag });
        await new ReferralService.ReferralServiceClient(suite.Assistance.ChannelFor(TestTokens.CountyOfficer)).CompleteReferralAsync(new CompleteReferralRequest { Id = accepted.Id, Etag = accepted.Etag, Outcome = ReferralOutcome.Helped });
        var answered = await Eventually.Until(async () => (await sent.ListSentAsync(new ListReferralsRequest { WomanId = woman.Id })).Referrals.SingleOrDefault(r => r.Status == ReferralStatus.Done));
        Assert.Equal((ReferralOutcome.Helped, "县民政干部"), (answered.Outcome, answered.OwnerName));

        // The same event delivered again changes nothing.
        using (var scope = suite.Assistance.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AssistanceReferrals>().HandleBatchAsync([published, published], CancellationToken.None);
        }
        Assert.Single(await ReferralsOf(woman.Id));
    }

    [Fact]
    public async Task A_red_matter_of_another_kind_opens_no_referral_and_an_anonymous_one_publishes_nothing()
    {
        await ReferralsOf(0);
        var woman = await suite.RegisterAsync();
        await Red(await suite.MatterAsync(woman.Id, MatterKind.MarriageFamily));
        await PublishedEvents.FindAsync(suite.CacheConnectionString, EventStreams.LegalAid, MatterTurnedRed.Descriptor.FullName, e => MatterTurnedRed.Parser.ParseFrom(e.Data).WomanId == woman.Id);
        await Task.Delay(1000); // Assistance consumes within a fraction of a second when it has something to do
        Assert.Empty(await ReferralsOf(woman.Id));
        Assert.Empty((await new ReferralService.ReferralServiceClient(suite.LegalAid.ChannelFor(JusticeCounty)).ListSentAsync(new ListReferralsRequest { WomanId = woman.Id })).Referrals);
    }

    [Fact]
    public async Task A_woman_who_leaves_the_ledger_has_her_open_matters_flagged_not_closed()
    {
        var woman = await suite.RegisterAsync();
        var matter = await suite.MatterAsync(woman.Id);
        await suite.Women.ExitWomanAsync(new ExitWomanRequest
        {
            Id = woman.Id, Etag = woman.Etag, Exit = new ExitInfo { Reason = ExitReason.HusbandReturned, EffectiveDate = new Suite.Contracts.Common.V1.Date { Year = 2026, Month = 11, Day = 20 } }, RecordedBy = "测试",
        });
        var flagged = await Eventually.Until(async () =>
        {
            var m = await suite.Matters(JusticeCounty).GetMatterAsync(new GetMatterRequest { Id = matter.Id });
            return m.WomanExited ? m : null;
        });
        Assert.Equal(MatterStatus.Received, flagged.Status);
        Assert.Contains(flagged.History, h => h.Change == "woman_exited" && h.To == "EXIT_REASON_HUSBAND_RETURNED");
    }

    [Fact]
    public async Task An_issued_protection_order_is_published_with_the_woman_and_village_only()
    {
        var woman = await suite.RegisterAsync();
        var matter = await suite.MatterAsync(woman.Id, MatterKind.DomesticViolence);
        var order = await suite.Protection(JusticeCounty).ApplyForProtectionOrderAsync(new ApplyForProtectionOrderRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), MatterId = matter.Id, Court = "林口县人民法院", AppliedOn = new Suite.Contracts.Common.V1.Date { Year = 2026, Month = 11, Day = 22 },
        });
        order = await suite.Protection(JusticeCounty).DecideProtectionOrderAsync(new DecideProtectionOrderRequest
        {
            Id = order.Id, Etag = order.Etag, Issued = true, IssuedOn = new Suite.Contracts.Common.V1.Date { Year = 2026, Month = 11, Day = 22 },
            ExpiresOn = new Suite.Contracts.Common.V1.Date { Year = 2027, Month = 5, Day = 22 }, Measures = { "禁止实施家庭暴力" },
        });
        var published = await PublishedEvents.FindAsync(suite.CacheConnectionString, EventStreams.LegalAid, ProtectionOrderIssued.Descriptor.FullName, e => ProtectionOrderIssued.Parser.ParseFrom(e.Data).OrderId == order.Id);
        var issued = ProtectionOrderIssued.Parser.ParseFrom(published.Data);
        Assert.Equal((woman.Id, woman.VillageCode), (issued.WomanId, issued.VillageCode));
    }
}
