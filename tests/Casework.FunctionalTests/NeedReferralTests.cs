using Google.Protobuf.WellKnownTypes;
using Suite.Contracts.Registry.V1;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// Needs reach the department that meets them: each need on her form opens one referral to its department (once),
/// taking it off the form withdraws the referral there, and the department's answer comes back to the Registry.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed class NeedReferralTests(FiveServices suite)
{
    [Fact]
    public async Task Each_need_on_her_form_reaches_its_department_once_and_the_answer_comes_back()
    {
        var woman = await suite.RegisterAsync(null, Need.Legal, Need.Training, Need.Employment, Need.FamilyEducation, Need.LivingAssistance, Need.Health);

        var legal = await suite.ReceivedAsync(ResourceNames.LegalAid, woman.Id, ResourceNames.Registry, ReferralReason.NeedOnForm);
        Assert.Equal([ReferralNeed.LegalHelp], legal.Needs);
        var jobs = await suite.ReceivedAsync(ResourceNames.Employment, woman.Id, ResourceNames.Registry, ReferralReason.NeedOnForm);
        Assert.Equal([ReferralNeed.Employment, ReferralNeed.Training], jobs.Needs.Order());
        await suite.ReceivedAsync(ResourceNames.FamilyEducation, woman.Id, ResourceNames.Registry, ReferralReason.NeedOnForm);
        var assistance = await suite.ReceivedAsync(ResourceNames.Assistance, woman.Id, ResourceNames.Registry, ReferralReason.NeedOnForm);
        Assert.Equal([ReferralNeed.LivingAssistance, ReferralNeed.HealthServices], assistance.Needs.Order());
        Assert.Equal("登记表所列需求（来自妇女台账）：需要健康服务、生活救助", assistance.Text);

        // The loop that sent them did not change her card: an officer's edit in flight is not refused for it.
        var card = await suite.Women.GetWomanAsync(new GetWomanRequest { Id = woman.Id });
        Assert.Equal("1", card.Etag);

        // Her form saved again with the same needs opens nothing new; taking legal help off it withdraws that referral.
        card.Needs.Remove(Need.Legal);
        await suite.Women.UpdateWomanAsync(new UpdateWomanRequest { Woman = card, UpdateMask = new FieldMask { Paths = { "needs" } }, Reason = "已解决土地纠纷" });
        await Eventually.Until(async () =>
            await suite.Referrals(ResourceNames.LegalAid).GetReferralAsync(new GetReferralRequest { Id = legal.Id }) is { Status: ReferralStatus.Withdrawn } r ? r : null);

        // Employment meets her needs: the Registry sees the outcome.
        var accepted = await suite.Referrals(ResourceNames.Employment).AcceptReferralAsync(new AcceptReferralRequest { Id = jobs.Id, Etag = jobs.Etag });
        await suite.Referrals(ResourceNames.Employment).CompleteReferralAsync(new CompleteReferralRequest { Id = accepted.Id, Etag = accepted.Etag, Outcome = ReferralOutcome.Helped });
        var sent = await Eventually.Until(async () =>
        {
            var list = await suite.Referrals(ResourceNames.Registry).ListSentAsync(new ListReferralsRequest { WomanId = woman.Id });
            return list.Referrals.Any(r => r.Target == ResourceNames.Employment && r.Status == ReferralStatus.Done) ? list : null;
        });
        Assert.Equal(4, sent.Referrals.Count); // one per department, none twice
        Assert.Equal(ReferralStatus.Withdrawn, sent.Referrals.Single(r => r.Target == ResourceNames.LegalAid).Status);
        Assert.Equal(ReferralOutcome.Helped, sent.Referrals.Single(r => r.Target == ResourceNames.Employment).Outcome);
    }

    [Fact]
    public async Task Without_her_consent_to_share_no_need_leaves_the_Registry_and_health_needs_need_their_own_consent()
    {
        var form = SampleForms.Woman();
        form.Needs.Clear();
        form.Needs.Add(Need.Legal);
        form.ConsentToShare = false;
        var withheld = await suite.Women.CreateWomanAsync(SampleForms.Create(form));
        var healthOnly = await suite.RegisterAsync(null, Need.Psychological, Need.LivingAssistance);
        var form2 = SampleForms.Woman();
        form2.Needs.Clear();
        form2.Needs.AddRange([Need.Psychological, Need.LivingAssistance]);
        form2.ConsentToShareHealth = false;
        var noHealth = await suite.Women.CreateWomanAsync(SampleForms.Create(form2));

        // The consenting woman's referral arrives with both needs; the other's without the psychological one.
        var both = await suite.ReceivedAsync(ResourceNames.Assistance, healthOnly.Id, ResourceNames.Registry, ReferralReason.NeedOnForm);
        Assert.Contains(ReferralNeed.PsychologicalSupport, both.Needs);
        var living = await suite.ReceivedAsync(ResourceNames.Assistance, noHealth.Id, ResourceNames.Registry, ReferralReason.NeedOnForm);
        Assert.Equal([ReferralNeed.LivingAssistance], living.Needs);
        Assert.Empty((await suite.Referrals(ResourceNames.Registry).ListSentAsync(new ListReferralsRequest { WomanId = withheld.Id })).Referrals);
    }
}
