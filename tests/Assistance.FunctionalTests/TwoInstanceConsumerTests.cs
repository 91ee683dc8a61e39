using StackExchange.Redis;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.FunctionalTests;

/// <summary>Two instances of Assistance read the Registry's stream as one consumer group: each a consumer of its own, each event applied once.</summary>
public sealed class TwoInstanceConsumerTests : IDisposable
{
    private readonly TwoServices _suite = new();

    public void Dispose() => _suite.Dispose();

    [Fact]
    public async Task Two_instances_share_the_group_and_apply_each_referral_once()
    {
        using var second = _suite.AnotherAssistanceInstance();
        var officer = TestTokens.CountyOfficer;
        // Both instances running (a host starts on its first call).
        await _suite.ApplicationsAs(officer).ListApplicationsAsync(new ListApplicationsRequest());
        await new ApplicationService.ApplicationServiceClient(second.ChannelFor(officer)).ListApplicationsAsync(new ListApplicationsRequest());

        var women = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            var form = SampleForms.Woman();
            form.EconomicStatus = EconomicStatus.LowIncome;
            women.Add((await _suite.Women.CreateWomanAsync(SampleForms.Create(form))).Id);
        }

        var referrals = new ReferralService.ReferralServiceClient(_suite.Assistance.ChannelFor(officer));
        foreach (var woman in women)
        {
            await Eventually.Until(async () =>
                (await referrals.ListInboxAsync(new ListReferralsRequest { WomanId = woman, PageSize = 500 })).Referrals.Count > 0 ? "" : null);
        }
        using var redis = await ConnectionMultiplexer.ConnectAsync(_suite.CacheConnectionString);
        var db = redis.GetDatabase();
        await Eventually.Until(async () => (await db.StreamPendingAsync(EventStreams.Registry, ResourceNames.Assistance)).PendingMessageCount == 0 ? "" : null);

        // Two consumers in the group, one per instance; every woman's referral once, read through either instance.
        var consumers = await db.StreamConsumerInfoAsync(EventStreams.Registry, ResourceNames.Assistance);
        Assert.Equal(2, consumers.Select(c => (string?)c.Name).Distinct().Count());
        var throughSecond = new ReferralService.ReferralServiceClient(second.ChannelFor(officer));
        foreach (var woman in women)
        {
            Assert.Single((await referrals.ListInboxAsync(new ListReferralsRequest { WomanId = woman, PageSize = 500 })).Referrals);
            Assert.Single((await throughSecond.ListInboxAsync(new ListReferralsRequest { WomanId = woman, PageSize = 500 })).Referrals);
        }
    }
}
