namespace Suite.Casework.FunctionalTests;

/// <summary>
/// Referrals between departments (转介): sent by one service, received once by the other, answered there, and the
/// answer seen by the sender; each pair that docs/domain.md names, over real gRPC and a real Redis.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed class ReferralTests(FiveServices suite)
{
    public static TheoryData<string, string, ReferralNeed> Pairs => new()
    {
        { ResourceNames.Registry, ResourceNames.LegalAid, ReferralNeed.LegalHelp },
        { ResourceNames.Registry, ResourceNames.Employment, ReferralNeed.Training },
        { ResourceNames.Registry, ResourceNames.FamilyEducation, ReferralNeed.FamilyEducation },
        { ResourceNames.Registry, ResourceNames.Assistance, ReferralNeed.LivingAssistance },
        { ResourceNames.LegalAid, ResourceNames.Assistance, ReferralNeed.TemporaryAssistance },
        { ResourceNames.FamilyEducation, ResourceNames.Assistance, ReferralNeed.PsychologicalSupport },
        { ResourceNames.Employment, ResourceNames.Assistance, ReferralNeed.LivingAssistance },
        { ResourceNames.Assistance, ResourceNames.Employment, ReferralNeed.Employment },
        { ResourceNames.Assistance, ResourceNames.LegalAid, ReferralNeed.LegalHelp },
    };

    private static SendReferralRequest Request(string target, long womanId, ReferralNeed need, ReferralReason reason = ReferralReason.Other) => new()
    {
        RequestId = Guid.NewGuid().ToString("N"), Target = target, WomanId = womanId, Reason = reason, Needs = { need }, Note = "本部门备注：已电话联系本人",
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task A_referral_is_received_once_accepted_done_and_the_sender_sees_each_answer(string source, string target, ReferralNeed need)
    {
        var woman = await suite.RegisterAsync();
        var sent = await suite.Referrals(source).SendReferralAsync(Request(target, woman.Id, need));
        Assert.Equal((true, source, target, ReferralStatus.Sent), (sent.Sent, sent.Source, sent.Target, sent.Status));
        Assert.Equal(FiveServices.Today.AddDays(15), sent.DueDate.ToDateOnly()); // a routine referral is due in 15 days

        var received = await suite.ReceivedAsync(target, woman.Id, source);
        Assert.Equal((false, ReferralStatus.Received, woman.VillageCode), (received.Sent, received.Status, received.VillageCode));
        Assert.Equal("", received.Note); // the sender's note stays with the sender
        Assert.Contains("需要", received.Text);

        var officer = FiveServices.OfficerOf(target);
        var accepted = await suite.Referrals(target).AcceptReferralAsync(new AcceptReferralRequest { Id = received.Id, Etag = received.Etag });
        Assert.Equal(ReferralStatus.Accepted, accepted.Status);
        var seenAccepted = await suite.SenderSeesAsync(source, sent.Id, ReferralStatus.Accepted);
        Assert.Equal(accepted.OwnerName, seenAccepted.OwnerName);
        Assert.NotEqual("", seenAccepted.OwnerName);

        var done = await suite.Referrals(target).CompleteReferralAsync(new CompleteReferralRequest { Id = accepted.Id, Etag = accepted.Etag, Outcome = ReferralOutcome.Helped });
        Assert.Equal(ReferralStatus.Done, done.Status);
        var seenDone = await suite.SenderSeesAsync(source, sent.Id, ReferralStatus.Done);
        Assert.Equal(ReferralOutcome.Helped, seenDone.Outcome);

        // Received once: one row in the target's inbox for this woman from this source.
        var inbox = await suite.Referrals(target, officer).ListInboxAsync(new ListReferralsRequest { WomanId = woman.Id });
        Assert.Single(inbox.Referrals, r => r.Source == source);
    }

    [Fact]
    public async Task A_returned_referral_comes_back_with_its_reason_and_may_be_sent_again()
    {
        var woman = await suite.RegisterAsync();
        var sent = await suite.Referrals(ResourceNames.Registry).SendReferralAsync(Request(ResourceNames.Employment, woman.Id, ReferralNeed.Employment));
        var received = await suite.ReceivedAsync(ResourceNames.Employment, woman.Id, ResourceNames.Registry);

        await suite.Referrals(ResourceNames.Employment).ReturnReferralAsync(new ReturnReferralRequest { Id = received.Id, Etag = received.Etag, Reason = ReturnReason.AlreadyServed });
        var back = await suite.SenderSeesAsync(ResourceNames.Registry, sent.Id, ReferralStatus.Returned);
        Assert.Equal(ReturnReason.AlreadyServed, back.ReturnReason);

        // No longer open: the same referral may be sent again.
        var again = await suite.Referrals(ResourceNames.Registry).SendReferralAsync(Request(ResourceNames.Employment, woman.Id, ReferralNeed.Employment));
        Assert.NotEqual(sent.Id, again.Id);
    }

    [Fact]
    public async Task A_withdrawn_referral_is_withdrawn_at_the_receiver_and_can_no_longer_be_accepted()
    {
        var woman = await suite.RegisterAsync();
        var sent = await suite.Referrals(ResourceNames.LegalAid).SendReferralAsync(Request(ResourceNames.Assistance, woman.Id, ReferralNeed.TemporaryAssistance));
        var received = await suite.ReceivedAsync(ResourceNames.Assistance, woman.Id, ResourceNames.LegalAid);

        await suite.Referrals(ResourceNames.LegalAid).WithdrawReferralAsync(new WithdrawReferralRequest { Id = sent.Id, Etag = sent.Etag });
        var withdrawn = await Eventually.Until(async () =>
            await suite.Referrals(ResourceNames.Assistance).GetReferralAsync(new GetReferralRequest { Id = received.Id }) is { Status: ReferralStatus.Withdrawn } r ? r : null);

        var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => suite.Referrals(ResourceNames.Assistance)
            .AcceptReferralAsync(new AcceptReferralRequest { Id = withdrawn.Id, Etag = withdrawn.Etag }).ResponseAsync);
        Assert.Contains("已撤回", RpcAssert.LocalizedMessage(refused));
    }

    [Fact]
    public async Task Bad_referrals_are_refused_with_the_field_named_in_Chinese_and_nothing_is_sent()
    {
        var woman = await suite.RegisterAsync();
        var registry = suite.Referrals(ResourceNames.Registry);

        var unknown = await RpcAssert.FailsWith(StatusCode.InvalidArgument, () => registry.SendReferralAsync(Request("police", woman.Id, ReferralNeed.LegalHelp)).ResponseAsync);
        Assert.Contains("接收部门", RpcAssert.LocalizedMessage(unknown));
        await RpcAssert.InvalidFields(() => registry.SendReferralAsync(new SendReferralRequest { RequestId = "x", Target = ResourceNames.LegalAid, WomanId = woman.Id }).ResponseAsync,
            "reason", "needs");

        await RpcAssert.FailsWith(StatusCode.NotFound, () => registry.SendReferralAsync(Request(ResourceNames.LegalAid, 987654, ReferralNeed.LegalHelp)).ResponseAsync);
        // A woman outside the caller's area is not found (nothing tells she exists); a department without the permission is refused.
        var outside = await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Referrals(ResourceNames.LegalAid, TestTokens.For("justice", "county-officer", SampleForms.OtherCounty, "穆棱市司法局干部"))
            .SendReferralAsync(Request(ResourceNames.Assistance, woman.Id, ReferralNeed.TemporaryAssistance)).ResponseAsync);
        Assert.StartsWith("未找到妇女", RpcAssert.LocalizedMessage(outside));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Referrals(ResourceNames.LegalAid, FiveServices.CivilAffairsCounty)
            .SendReferralAsync(Request(ResourceNames.Assistance, woman.Id, ReferralNeed.TemporaryAssistance)).ResponseAsync);

        await registry.SendReferralAsync(Request(ResourceNames.LegalAid, woman.Id, ReferralNeed.LegalHelp));
        var second = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => registry.SendReferralAsync(Request(ResourceNames.LegalAid, woman.Id, ReferralNeed.LegalHelp)).ResponseAsync);
        Assert.StartsWith("转介已存在", RpcAssert.LocalizedMessage(second));

        // Only the one accepted reaches Legal aid.
        await suite.ReceivedAsync(ResourceNames.LegalAid, woman.Id, ResourceNames.Registry);
        var sent = await registry.ListSentAsync(new ListReferralsRequest { WomanId = woman.Id });
        Assert.Single(sent.Referrals);
    }

    [Fact]
    public async Task An_unanswered_referral_is_on_the_receivers_overdue_list_after_its_due_date()
    {
        var woman = await suite.RegisterAsync();
        var request = Request(ResourceNames.FamilyEducation, woman.Id, ReferralNeed.FamilyEducation);
        request.Urgency = ReferralUrgency.Urgent;
        var sent = await suite.Referrals(ResourceNames.Registry).SendReferralAsync(request);
        Assert.Equal(FiveServices.Today.AddDays(3), sent.DueDate.ToDateOnly()); // urgent: three days
        var received = await suite.ReceivedAsync(ResourceNames.FamilyEducation, woman.Id, ResourceNames.Registry);

        var overdue = new ListReferralsRequest { AreaCode = SampleForms.County, WomanId = woman.Id };
        Assert.Empty((await suite.Referrals(ResourceNames.FamilyEducation).ListOverdueAsync(overdue)).Referrals);
        suite.Clock.Advance(TimeSpan.FromDays(4));
        try
        {
            var late = await suite.Referrals(ResourceNames.FamilyEducation).ListOverdueAsync(overdue);
            Assert.Equal(received.Id, Assert.Single(late.Referrals).Id);
        }
        finally
        {
            suite.Clock.Advance(TimeSpan.FromDays(-4));
        }
    }
}
