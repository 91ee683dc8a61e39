using Suite.Contracts.Community.V1;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// A need for psychological support referred to Community (转介): booking her at a counselling point accepts the
/// referral, her session closes it (helped), and the sender sees each answer.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed class CounsellingReferralTests(FiveServices suite)
{
    private static readonly string Counsellor = TestTokens.For("health", "counsellor", SampleForms.Township, "林口镇卫生院心理咨询师", subject: "health/counsellor/referrals");

    [Fact]
    public async Task A_referral_for_psychological_support_is_accepted_by_her_booking_and_closed_by_her_session()
    {
        var woman = await suite.RegisterAsync();
        var sent = await suite.Referrals(ResourceNames.LegalAid).SendReferralAsync(new SendReferralRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Target = ResourceNames.Community, WomanId = woman.Id, Reason = ReferralReason.Other, Needs = { ReferralNeed.PsychologicalSupport },
        });
        var received = await suite.ReceivedAsync(ResourceNames.Community, woman.Id, ResourceNames.LegalAid);

        var federation = suite.Channel(ResourceNames.Community, FiveServices.FederationCounty);
        var point = await new PlaceService.PlaceServiceClient(federation).CreatePlaceAsync(new CreatePlaceRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Place = new Place { Name = "林口镇卫生院心理咨询室", Kind = PlaceKind.CounsellingPoint, AreaCode = SampleForms.Township, Keeper = "赵敏" },
        });
        await new CounsellingService.CounsellingServiceClient(federation).AddCounsellorAsync(new AddCounsellorRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Counsellor = new Counsellor { PointId = point.Id, Subject = "health/counsellor/referrals", Name = "赵敏" },
        });
        var counselling = new CounsellingService.CounsellingServiceClient(suite.Channel(ResourceNames.Community, Counsellor));
        var booking = await counselling.BookCounsellingSessionAsync(new BookCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), PointId = point.Id, WomanId = woman.Id, Date = Date.From(FiveServices.Today), Source = CounsellingSource.LegalAid, ReferralId = received.Id,
        });
        Assert.Equal("林口镇卫生院心理咨询师", (await suite.SenderSeesAsync(ResourceNames.LegalAid, sent.Id, ReferralStatus.Accepted)).OwnerName);

        await counselling.RecordCounsellingSessionAsync(new RecordCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Kind = CounsellingSessionKind.Individual, BookingId = booking.Id, Date = Date.From(FiveServices.Today),
            Topic = CounsellingTopic.DomesticViolenceAftercare, Notes = "不离开咨询点的记录",
        });
        Assert.Equal(ReferralOutcome.Helped, (await suite.SenderSeesAsync(ResourceNames.LegalAid, sent.Id, ReferralStatus.Done)).Outcome);
    }
}
