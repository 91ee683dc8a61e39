using Suite.Contracts.Common.V1;
using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>
/// A village and a day with one domestic-violence matter that turned red and got a protection order: the statistics
/// must not tell it to a role that may read statistics but not sensitive matters.
/// </summary>
public sealed class SmallCellTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>
{
    private const string Village = "231025102203"; // 和平村: no other test of this fixture records matters there

    [Fact]
    public async Task One_domestic_violence_matter_in_a_village_and_a_day_is_not_told_to_a_role_without_sensitive_read()
    {
        var woman = await suite.RegisterAsync(village: Village);
        var matter = await suite.MatterAsync(woman.Id, MatterKind.DomesticViolence);
        await suite.Matters(JusticeCounty).SetRiskColourAsync(new SetRiskColourRequest { Id = matter.Id, Etag = matter.Etag, Colour = RiskColour.Red, Reason = "人身安全受威胁" });
        var today = Date.From(DateOnly.FromDateTime(suite.Clock.GetUtcNow().UtcDateTime.AddHours(8)));
        var order = await suite.Protection(JusticeCounty).ApplyForProtectionOrderAsync(new ApplyForProtectionOrderRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), MatterId = matter.Id, Court = "林口县人民法院", AppliedOn = today,
        });
        await suite.Protection(JusticeCounty).DecideProtectionOrderAsync(new DecideProtectionOrderRequest
        {
            Id = order.Id, Etag = order.Etag, Issued = true, IssuedOn = today, ExpiresOn = Date.From(today.ToDateOnly().AddMonths(6)), Measures = { "禁止实施家庭暴力" },
        });
        var request = new GetLegalAidStatisticsRequest { AreaCode = Village, FromDate = today, ToDate = today };

        var civil = await suite.Awareness(CivilAffairsCounty).GetLegalAidStatisticsAsync(request);
        Assert.Equal((0L, 0L, 0L, true), (civil.Matters, civil.SensitiveMatters, civil.OrdersIssued, civil.SensitiveApart));
        Assert.Empty(civil.MattersByKind);
        Assert.Empty(civil.MattersByStatus);
        Assert.Empty(civil.OpenMattersByColour);
        Assert.Equal(["orders_issued", "sensitive_matters"], civil.Suppressed.Order());

        // Justice may see sensitive matters: the same question gets the exact numbers.
        var justice = await suite.Awareness(JusticeCounty).GetLegalAidStatisticsAsync(request);
        Assert.Equal((1L, 1L, 1L, false), (justice.Matters, justice.SensitiveMatters, justice.OrdersIssued, justice.SensitiveApart));
        Assert.Contains(justice.OpenMattersByColour, c => c.Key == "RISK_COLOUR_RED" && c.Count == 1);
        Assert.Empty(justice.Suppressed);
    }
}
