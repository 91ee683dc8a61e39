using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;
using Suite.Assistance.IntegrationEvents;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;
using Suite.Events;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Assistance.FunctionalTests;

/// <summary>The event path through a real Redis stream: the Registry's outbox relay to Assistance's consumer group.</summary>
public sealed class EventTests(TwoServices suite) : IClassFixture<TwoServices>
{
    private static readonly string Officer = TestTokens.CountyOfficer;

    private async Task<Woman> RegisterPriority(string village = SampleForms.RuralVillage)
    {
        var form = SampleForms.Woman(village);
        form.EconomicStatus = EconomicStatus.ExtremePoverty;
        return await suite.Women.CreateWomanAsync(SampleForms.Create(form));
    }

    private ReferralService.ReferralServiceClient Referrals => new(suite.Assistance.ChannelFor(Officer));

    private async Task<Referral?> ReferralFor(long womanId)
    {
        await suite.ApplicationsAs(Officer).ListApplicationsAsync(new ListApplicationsRequest()); // starts Assistance if needed
        return (await Referrals.ListInboxAsync(new ListReferralsRequest { WomanId = womanId, PageSize = 500 })).Referrals.FirstOrDefault();
    }

    [Fact]
    public async Task Flagging_a_woman_priority_opens_a_referral_once()
    {
        var woman = await RegisterPriority();
        var referral = await Eventually.Until(() => ReferralFor(woman.Id));
        Assert.Equal(ReferralStatus.Received, referral.Status);
        Assert.Equal("重点妇女尚无帮扶（特困供养）：需要一对一帮扶", referral.Text);
        Assert.Equal(woman.VillageCode, referral.VillageCode);

        // Redelivery of the same event changes nothing.
        using var scope = suite.Assistance.Services.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<RegistryEventHandler>();
        var flagged = new WomanPriorityFlagged { WomanId = woman.Id, VillageCode = woman.VillageCode, Reasons = { PriorityReason.Assessed }, Summary = new WomanSummary { WomanId = woman.Id, VillageCode = woman.VillageCode, Status = LedgerStatus.Active } };
        var again = new StreamEvent(EventStreams.Registry, "0-999999", 999999, WomanPriorityFlagged.Descriptor.FullName, DateTime.UtcNow, flagged.ToByteArray());
        await handler.HandleAsync(again, CancellationToken.None);
        await handler.HandleAsync(again, CancellationToken.None);
        Assert.Single((await Referrals.ListInboxAsync(new ListReferralsRequest { WomanId = woman.Id, PageSize = 500 })).Referrals);

        // An officer accepts and closes it; it leaves the open ones; other areas do not see it.
        var accepted = await Referrals.AcceptReferralAsync(new AcceptReferralRequest { Id = referral.Id, Etag = referral.Etag });
        var closed = await Referrals.CompleteReferralAsync(new CompleteReferralRequest { Id = accepted.Id, Etag = accepted.Etag, Outcome = ReferralOutcome.Helped });
        Assert.Equal(ReferralStatus.Done, closed.Status);
        Assert.DoesNotContain((await Referrals.ListInboxAsync(new ListReferralsRequest { Status = ReferralStatus.Received, PageSize = 500 })).Referrals, r => r.Id == referral.Id);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Referrals.GetReferralAsync(new GetReferralRequest { Id = 987654 }).ResponseAsync);
        await RpcAssert.InvalidFields(() => Referrals.CompleteReferralAsync(new CompleteReferralRequest()).ResponseAsync, "id", "etag");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => new ReferralService.ReferralServiceClient(suite.Assistance.ChannelFor(TestTokens.For("civil-affairs", "county-officer", SampleForms.OtherCounty)))
            .GetReferralAsync(new GetReferralRequest { Id = referral.Id }).ResponseAsync);
    }

    [Fact]
    public async Task One_batch_that_registers_a_woman_and_flags_her_twice_gives_one_record_and_one_referral()
    {
        await ReferralFor(0); // starts Assistance
        const long womanId = 880_000_001;
        var summary = new WomanSummary { WomanId = womanId, VillageCode = SampleForms.RuralVillage, Status = LedgerStatus.Active, Priority = PriorityLevel.Priority };
        StreamEvent Event(long id, IMessage payload) =>
            new(EventStreams.Registry, $"0-{id}", id, payload.Descriptor.FullName, DateTime.UtcNow, payload.ToByteArray());
        var flagged = new WomanPriorityFlagged { WomanId = womanId, VillageCode = SampleForms.RuralVillage, Reasons = { PriorityReason.ExtremePoverty }, Summary = summary };
        var batch = new[]
        {
            Event(990_001, new WomanRegistered { Summary = summary }),
            Event(990_002, flagged),
            Event(990_003, flagged),
        };

        using var scope = suite.Assistance.Services.CreateScope();
        var handler = scope.ServiceProvider.GetRequiredService<RegistryEventHandler>();
        await handler.HandleBatchAsync(batch, CancellationToken.None);
        await handler.HandleBatchAsync(batch, CancellationToken.None); // redelivered whole: nothing more

        var referral = Assert.Single((await Referrals.ListInboxAsync(new ListReferralsRequest { WomanId = womanId, PageSize = 500 })).Referrals);
        Assert.Equal("重点妇女尚无帮扶（特困供养）：需要一对一帮扶", referral.Text);
    }

    [Fact]
    public async Task A_woman_who_exits_has_her_running_benefit_flagged_for_ending()
    {
        var woman = await RegisterPriority();
        await Eventually.Until(() => ReferralFor(woman.Id));
        var a = suite.ApplicationsAs(TestTokens.Issuer.Mint("a", "甲", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1)));
        var b = suite.ApplicationsAs(TestTokens.Issuer.Mint("b", "乙", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1)));
        var app = await a.CreateApplicationAsync(new CreateApplicationRequest { RequestId = Guid.NewGuid().ToString(), WomanId = woman.Id, ProgrammeCode = "mothers-parcel" });
        app = await a.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.StartReview });
        app = await b.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Approve });
        app = await a.AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Activate });

        await suite.Women.ExitWomanAsync(new ExitWomanRequest
        {
            Id = woman.Id, Etag = woman.Etag, Exit = new ExitInfo { Reason = ExitReason.HusbandReturned, EffectiveDate = new Date { Year = 2026, Month = 11, Day = 20 } },
        });
        var flagged = await Eventually.Until(async () =>
        {
            var current = await a.GetApplicationAsync(new GetApplicationRequest { Id = app.Id });
            return current.EndingProposed.Length > 0 ? current : null;
        });
        Assert.Contains("HUSBAND_RETURNED", flagged.EndingProposed);
    }
}

/// <summary>An instance that died after reading, before acknowledging: its entries are pending and a live instance claims them.</summary>
public sealed class PendingEventTests : IDisposable
{
    // A claim after 2 s of silence rather than a minute.
    private readonly TwoServices _suite = TwoServices.WithAssistanceSettings(new Dictionary<string, string> { ["Events:ClaimAfterSeconds"] = "2" });

    public void Dispose() => _suite.Dispose();

    [Fact]
    public async Task Entries_left_pending_by_an_instance_that_died_are_claimed_and_processed_by_a_live_one()
    {
        var form = SampleForms.Woman();
        form.EconomicStatus = EconomicStatus.LowIncome;
        var woman = await _suite.Women.CreateWomanAsync(SampleForms.Create(form));

        // Before Assistance runs: another instance of it reads the entries and dies without acknowledging them.
        using var redis = await ConnectionMultiplexer.ConnectAsync(_suite.CacheConnectionString);
        var db = redis.GetDatabase();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await db.StreamLengthAsync(EventStreams.Registry) < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "the Registry did not publish");
            await Task.Delay(100);
        }
        await db.StreamCreateConsumerGroupAsync(EventStreams.Registry, ResourceNames.Assistance, "0-0");
        var read = await db.StreamReadGroupAsync(EventStreams.Registry, ResourceNames.Assistance, "assistance@gone:1", ">", 100);
        Assert.True(read.Length >= 2); // registered + priority flagged (and a referral of her needs, if already sent)
        Assert.Equal(read.Length, (await db.StreamPendingAsync(EventStreams.Registry, ResourceNames.Assistance)).PendingMessageCount);

        // Assistance starts as a consumer of its own: it claims the dead instance's entries once they are 2 s old.
        var referrals = new ReferralService.ReferralServiceClient(_suite.Assistance.ChannelFor(TestTokens.CountyOfficer));
        while (!(await referrals.ListInboxAsync(new ListReferralsRequest { WomanId = woman.Id })).Referrals.Any())
        {
            Assert.True(DateTime.UtcNow < deadline.AddSeconds(30), "the pending entries were not processed");
            await Task.Delay(100);
        }
        while ((await db.StreamPendingAsync(EventStreams.Registry, ResourceNames.Assistance)).PendingMessageCount > 0)
        {
            Assert.True(DateTime.UtcNow < deadline.AddSeconds(30), "the entries were not acknowledged");
            await Task.Delay(100);
        }
        Assert.Single((await referrals.ListInboxAsync(new ListReferralsRequest { WomanId = woman.Id })).Referrals);
    }
}
