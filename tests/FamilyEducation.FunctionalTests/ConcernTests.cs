using Microsoft.Extensions.DependencyInjection;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using static Suite.FamilyEducation.FunctionalTests.FamilyEducationSuite;
using AssistanceReferrals = Suite.Casework.ReferralEventHandler<Suite.Assistance.Infrastructure.AssistanceDbContext>;

namespace Suite.FamilyEducation.FunctionalTests;

/// <summary>Guardianship concerns: a serious one reaches civil affairs through Assistance, once, without its narrative.</summary>
public sealed class ConcernTests(FamilyEducationSuite suite) : IClassFixture<FamilyEducationSuite>
{
    private const string Narrative = "孩子连续三天独自在家, 奶奶住院";

    private ReferralService.ReferralServiceClient Referrals => new(suite.Assistance.ChannelFor(CivilAffairsCounty));

    private async Task<List<Referral>> ReferralsOf(long womanId) =>
        [.. (await Referrals.ListInboxAsync(new ListReferralsRequest { WomanId = womanId, PageSize = 500 })).Referrals.Where(r => r.Reason == ReferralReason.GuardianshipConcern)];

    private Task<Concern> RaiseAsync(long womanId, Severity severity, string? token = null) =>
        suite.Guidance(token ?? FederationVillage).RaiseConcernAsync(new RaiseConcernRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), WomanId = womanId, Kind = ConcernKind.NoAdultAtHome, Severity = severity, Narrative = Narrative,
        }).ResponseAsync;

    [Fact]
    public async Task A_serious_concern_opens_one_referral_in_Assistance_also_after_a_redelivery()
    {
        await ReferralsOf(0); // starts Assistance and its consumers
        var woman = await suite.RegisterAsync();
        var concern = await RaiseAsync(woman.Id, Severity.Serious);
        Assert.Equal("", concern.Narrative); // village staff have no children permission: the sealed narrative is not read back
        var referral = await Eventually.Until(async () => (await ReferralsOf(woman.Id)).SingleOrDefault());
        Assert.Equal("儿童监护问题（来自家庭教育）：需要儿童主任上门查看（紧急）", referral.Text);
        Assert.Equal(woman.VillageCode, referral.VillageCode);

        var raised = await PublishedEvents.FindAsync(suite.CacheConnectionString, EventStreams.FamilyEducation, SeriousConcernRaised.Descriptor.FullName,
            e => SeriousConcernRaised.Parser.ParseFrom(e.Data).ConcernId == concern.Id);
        var published = await PublishedEvents.FindAsync(suite.CacheConnectionString, EventStreams.FamilyEducation, ReferralSent.Descriptor.FullName,
            e => ReferralSent.Parser.ParseFrom(e.Data).WomanId == woman.Id);
        Assert.DoesNotContain("奶奶", System.Text.Encoding.UTF8.GetString(raised.Data) + System.Text.Encoding.UTF8.GetString(published.Data));
        using (var scope = suite.Assistance.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AssistanceReferrals>().HandleBatchAsync([published, published], CancellationToken.None);
        }
        Assert.Single(await ReferralsOf(woman.Id));
    }

    [Fact]
    public async Task A_concern_to_follow_up_publishes_nothing_and_is_closed_once()
    {
        await ReferralsOf(0);
        var woman = await suite.RegisterAsync();
        var concern = await RaiseAsync(woman.Id, Severity.Attention);
        Assert.Contains((await suite.Guidance(FederationTownship).ListConcernsAsync(new ListConcernsRequest())).Concerns, c => c.Id == concern.Id && c.Narrative == Narrative);

        await RpcAssert.FailsWith(StatusCode.Aborted, () => suite.Guidance().CloseConcernAsync(new CloseConcernRequest { Id = concern.Id, Etag = "9", Resolution = "已联系" }).ResponseAsync);
        await RpcAssert.InvalidFields(() => suite.Guidance().CloseConcernAsync(new CloseConcernRequest { Id = concern.Id, Etag = concern.Etag }).ResponseAsync, "resolution");
        Assert.Equal(Narrative, (await suite.Guidance().GetConcernAsync(new GetConcernRequest { Id = concern.Id })).Narrative);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Guidance().GetConcernAsync(new GetConcernRequest { Id = 999_999 }).ResponseAsync);
        var closed = await suite.Guidance().CloseConcernAsync(new CloseConcernRequest { Id = concern.Id, Etag = concern.Etag, Resolution = "已联系孩子父亲回乡照料" });
        Assert.False(closed.Open);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => suite.Guidance().CloseConcernAsync(new CloseConcernRequest { Id = concern.Id, Etag = closed.Etag, Resolution = "再次" }).ResponseAsync);
        Assert.DoesNotContain((await suite.Guidance(FederationTownship).ListConcernsAsync(new ListConcernsRequest())).Concerns, c => c.Id == concern.Id);

        await Task.Delay(1000); // Assistance consumes within a fraction of a second when it has something to do
        Assert.Empty(await ReferralsOf(woman.Id));
    }

    [Fact]
    public async Task The_narrative_is_shown_only_with_the_children_permission_and_bad_concerns_change_nothing()
    {
        var woman = await suite.RegisterAsync();
        await RaiseAsync(woman.Id, Severity.Attention);
        var withChildren = (await suite.Guidance(FederationTownship).ListConcernsAsync(new ListConcernsRequest())).Concerns.Single(c => c.WomanId == woman.Id);
        Assert.Equal(Narrative, withChildren.Narrative);
        var education = (await suite.Guidance(EducationCounty).ListConcernsAsync(new ListConcernsRequest())).Concerns.Single(c => c.WomanId == woman.Id);
        Assert.Equal("", education.Narrative);
        Assert.Equal(ConcernKind.NoAdultAtHome, education.Kind);

        await RpcAssert.InvalidFields(() => suite.Guidance().RaiseConcernAsync(new RaiseConcernRequest { RequestId = "c", WomanId = woman.Id }).ResponseAsync, "kind", "severity", "narrative");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => RaiseAsync(999_999, Severity.Serious));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => RaiseAsync(woman.Id, Severity.Serious, EducationCounty));
        Assert.Single((await suite.Guidance(FederationTownship).ListConcernsAsync(new ListConcernsRequest())).Concerns, c => c.WomanId == woman.Id);
    }

    [Fact]
    public async Task The_narrative_is_not_stored_in_clear()
    {
        var woman = await suite.RegisterAsync();
        await RaiseAsync(woman.Id, Severity.Attention);
        Assert.DoesNotContain(System.Text.Encoding.Latin1.GetString(System.Text.Encoding.UTF8.GetBytes("奶奶住院")), DatabaseFile.RawText(suite.FamilyEducation.DatabasePath));
    }
}
