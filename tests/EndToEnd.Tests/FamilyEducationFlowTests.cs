using Suite.Contracts;
using Suite.Contracts.FamilyEducation.V1;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;
using Date = Suite.Contracts.Common.V1.Date;
using ListReferralsRequest = Suite.Contracts.Common.V1.ListReferralsRequest;
using ReferralService = Suite.Contracts.Common.V1.ReferralService;
using SignInRow = Suite.Contracts.Common.V1.SignInRow;

namespace Suite.EndToEnd.Tests;

/// <summary>The Family education issue's "done when", under the app host, as the women's-federation township officer.</summary>
[Collection(SuiteCollection.Name)]
public sealed class FamilyEducationFlowTests(SuiteAppHost suite)
{
    [Fact]
    public async Task A_parent_class_a_sign_in_sheet_a_pairing_a_session_the_households_not_reached_and_a_serious_concern_reaching_civil_affairs()
    {
        var officer = suite.Token("womens-federation", "township-officer");
        var registry = new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin")));
        var attended = await registry.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "王秀英")));
        var guided = await registry.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(SampleForms.OtherRuralVillage, name: "李桂香")));
        var unreached = await registry.CreateWomanAsync(SampleForms.Create(SampleForms.Woman(name: "陈淑芬")));
        var now = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var today = Date.From(now);

        var activities = new ActivityService.ActivityServiceClient(suite.Channel(ResourceNames.FamilyEducation, officer));
        var venue = await activities.CreateVenueAsync(new CreateVenueRequest
        {
            RequestId = "e2e-venue", Venue = new Venue { Name = "林口镇家长学校", Kind = VenueKind.ParentSchool, AreaCode = SampleForms.Township, Keeper = "张桂兰" },
        });
        var parentClass = await activities.CreateActivityAsync(new CreateActivityRequest
        {
            RequestId = "e2e-class",
            Activity = new Activity { VenueId = venue.Id, Kind = ActivityKind.ParentClass, Date = today, Topic = "留守儿童的陪伴与沟通", Speaker = "县家庭教育讲师团", Capacity = 60 },
        });
        using (var sheet = activities.ImportSignInSheet())
        {
            await sheet.RequestStream.WriteAsync(new SignInRow { ActivityId = parentClass.Id, RowNumber = 1, WomanId = attended.Id, Name = "王秀英" });
            await sheet.RequestStream.CompleteAsync();
            Assert.Equal(1, (await sheet.ResponseAsync).Recorded);
        }

        var guidance = new GuidanceService.GuidanceServiceClient(suite.Channel(ResourceNames.FamilyEducation, officer));
        var pairing = await guidance.CreatePairingAsync(new CreatePairingRequest
        {
            RequestId = "e2e-pairing", WomanId = guided.Id, GuideName = "刘慧", GuideKind = GuideKind.Volunteer, Organisation = "林口镇巾帼志愿服务队", FirstSessionDate = today,
        });
        await guidance.RecordSessionAsync(new RecordSessionRequest
        {
            PairingId = pairing.Id, Etag = pairing.Etag, NextSessionDate = Date.From(now.AddDays(14)),
            Session = new GuidanceSession { Date = today, Form = SessionForm.HomeVisit, Topics = { Topic.StudyHabits } },
        });

        // The households come from the Registry's events; once all three are here, one of them is not reached.
        var quarter = new GetCoverageRequest { AreaCode = SampleForms.Township, Year = now.Year, Quarter = (now.Month + 2) / 3, ListUnreached = 500 };
        var coverage = await Eventually.Until(async () =>
        {
            var c = await guidance.GetCoverageAsync(quarter);
            return c.UnreachedWomen.Contains(unreached.Id) && c.Reached >= 2 ? c : null;
        });
        Assert.DoesNotContain(attended.Id, coverage.UnreachedWomen);
        Assert.DoesNotContain(guided.Id, coverage.UnreachedWomen);

        await guidance.RaiseConcernAsync(new RaiseConcernRequest
        {
            RequestId = "e2e-concern", WomanId = unreached.Id, Kind = ConcernKind.NoAdultAtHome, Severity = Severity.Serious, Narrative = "孩子独自在家三天",
        });
        var referrals = new ReferralService.ReferralServiceClient(suite.Channel(ResourceNames.Assistance, suite.Token("civil-affairs", "county-officer")));
        var referral = await Eventually.Until(async () =>
            (await referrals.ListInboxAsync(new ListReferralsRequest { WomanId = unreached.Id, PageSize = 500 })).Referrals.FirstOrDefault(r => r.Text.Contains("儿童监护问题")));
        Assert.DoesNotContain("三天", referral.Text);
    }
}
