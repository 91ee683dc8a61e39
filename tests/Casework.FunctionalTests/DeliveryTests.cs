using StackExchange.Redis;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// Exactly once: referrals sent while the receiving service is stopped mid-way (its consumer cancelled, what it had
/// not acknowledged left pending) arrive when it is back, each once; and a stream delivered again from its start
/// changes nothing.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed class DeliveryTests(FiveServices suite)
{
    [Fact]
    public async Task Referrals_sent_around_a_stop_of_the_receiver_arrive_each_once()
    {
        var women = new List<long>();
        for (var i = 0; i < 24; i++)
        {
            women.Add((await suite.RegisterAsync()).Id);
        }
        var registry = suite.Referrals(ResourceNames.Registry);
        Task<Referral> Send(long woman) => registry.SendReferralAsync(new SendReferralRequest
        {
            RequestId = $"delivery-{woman}", Target = ResourceNames.LegalAid, WomanId = woman, Reason = ReferralReason.VisitFinding, Needs = { ReferralNeed.LegalHelp },
        }).ResponseAsync;

        foreach (var woman in women.Take(12))
        {
            await Send(woman);
        }
        await suite.ReceivedAsync(ResourceNames.LegalAid, women[0], ResourceNames.Registry);
        await suite.StopAsync(ResourceNames.LegalAid); // mid-way: some received, some not
        foreach (var woman in women.Skip(12))
        {
            await Send(woman);
        }
        await Send(women[20]); // a retried call: the same request, nothing new
        await suite.RestartAsync(ResourceNames.LegalAid);

        var inbox = await AllReceivedAsync(women);
        Assert.Equal(women.Order(), inbox.Select(r => r.WomanId).Order());

        // Everything on the Registry's stream delivered again: nothing is received twice, no answer sent twice.
        using (var redis = await ConnectionMultiplexer.ConnectAsync(suite.CacheConnectionString))
        {
            await redis.GetDatabase().ExecuteAsync("XGROUP", "SETID", EventStreams.Registry, ResourceNames.LegalAid, "0");
        }
        await suite.RestartAsync(ResourceNames.LegalAid);
        var marker = await suite.RegisterAsync();
        await Send(marker.Id);
        await suite.ReceivedAsync(ResourceNames.LegalAid, marker.Id, ResourceNames.Registry); // the stream was read past the old entries again
        Assert.Equal(women.Count + 1, (await AllReceivedAsync([.. women, marker.Id])).Count);
    }

    private Task<List<Referral>> AllReceivedAsync(IReadOnlyCollection<long> women) => Eventually.Until(async () =>
    {
        var count = women.Count;
        var inbox = await suite.Referrals(ResourceNames.LegalAid).ListInboxAsync(new ListReferralsRequest { PageSize = 500 });
        var mine = inbox.Referrals.Where(r => r.Source == ResourceNames.Registry && women.Contains(r.WomanId)).ToList();
        Assert.True(mine.Count <= count, $"{mine.Count} received for {count} sent");
        return mine.Count == count ? mine : null;
    });
}
