using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.FunctionalTests;

/// <summary>Coverage gaps on a generated data set, checked against a straightforward recount of the same data.</summary>
public sealed class CoverageGapTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private readonly TwoServices _suite = new();

    public void Dispose() => _suite.Dispose();

    [Fact]
    public async Task Gaps_match_a_recount_of_the_generated_women()
    {
        var random = new Random(20261122);
        EconomicStatus[] economies = [EconomicStatus.Ordinary, EconomicStatus.Ordinary, EconomicStatus.LowIncome, EconomicStatus.MinimumAllowance, EconomicStatus.Monitored, EconomicStatus.PovertyAlleviated];
        string[] villages = [SampleForms.RuralVillage, SampleForms.OtherRuralVillage, "231025101201", SampleForms.UrbanCommunity];
        var forms = new List<Woman>();
        for (var i = 0; i < 120; i++)
        {
            var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 45 * 365));
            var form = SampleForms.Woman(villages[random.Next(villages.Length)], TestIdentities.WithCheck($"231025{birth:yyyyMMdd}{random.Next(0, 500) * 2:D3}"));
            form.EconomicStatus = economies[random.Next(economies.Length)];
            if (random.Next(5) == 0)
            {
                form.Health = HealthStatus.Disabled;
                form.DisabilityCategory = DisabilityCategory.Physical;
                form.DisabilityGrade = random.Next(1, 5);
                form.ConsentToShareHealth = random.Next(2) == 0;
            }
            forms.Add(form);
        }
        var ids = new Dictionary<Woman, long>();
        {
            var result = await _suite.Women.ImportAsync(forms.Select((form, i) => new ImportWomenRequest { RowNumber = i + 1, Woman = form }));
            for (var i = 0; i < forms.Count; i++)
            {
                if (result.Results[i].Outcome == ImportOutcome.Created)
                {
                    ids[forms[i]] = result.Results[i].WomanId;
                }
            }
            forms = [.. ids.Keys]; // a rare duplicate ID is rejected
        }

        var coverage = new CoverageService.CoverageServiceClient(_suite.Assistance.ChannelFor(TestTokens.CountyOfficer));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        CoverageGaps gaps;
        while ((gaps = await coverage.GetCoverageGapsAsync(new GetCoverageGapsRequest { AreaCode = SampleForms.County })).ActiveWomen < forms.Count)
        {
            Assert.True(DateTime.UtcNow < deadline, "the events did not arrive");
            await Task.Delay(200);
        }

        // The recount, straight from the generated forms.
        bool Hardship(Woman w) => w.EconomicStatus is EconomicStatus.LowIncome or EconomicStatus.MinimumAllowance or EconomicStatus.ExtremePoverty or EconomicStatus.Monitored;
        bool Priority(Woman w) => Hardship(w) || w.Health == HealthStatus.Disabled;
        int Age(Woman w)
        {
            var birth = new DateOnly(int.Parse(w.ResidentIdNumber[6..10]), int.Parse(w.ResidentIdNumber[10..12]), int.Parse(w.ResidentIdNumber[12..14]));
            return Today.Year - birth.Year - (Today < birth.AddYears(Today.Year - birth.Year) ? 1 : 0);
        }
        var rural = forms.Where(w => w.VillageCode != SampleForms.UrbanCommunity).ToList();
        Assert.Equal(forms.Count, gaps.ActiveWomen);
        Assert.Equal(forms.Count(Priority), gaps.PriorityWomen);
        Assert.Equal(forms.Count(Priority), gaps.PriorityWithoutAssistance); // nobody is assisted yet
        Assert.Equal(forms.Count(w => Age(w) is >= 35 and <= 64), Gap("two-cancers-screening").Eligible);
        Assert.Equal(forms.Count(w => w.EconomicStatus is EconomicStatus.LowIncome or EconomicStatus.MinimumAllowance or EconomicStatus.Monitored), Gap("minimum-living-allowance").Eligible);
        // Health is known to Assistance only with her consent to share it.
        Assert.Equal(forms.Count(w => w.Health == HealthStatus.Disabled && w.ConsentToShareHealth && w.DisabilityGrade <= 2), Gap("disability-nursing-subsidy").Eligible);
        Assert.Equal(rural.Count, Gap("mothers-health-express").Eligible); // all departed in 2025: left-behind in rural villages

        // An application closes the gap for that programme and, once approved, the priority gap.
        var womanId = ids[forms.First(w => w.EconomicStatus == EconomicStatus.MinimumAllowance)];
        await _suite.ApplicationsAs(TestTokens.CountyOfficer).CreateApplicationAsync(new CreateApplicationRequest { RequestId = "gap", WomanId = womanId, ProgrammeCode = "minimum-living-allowance" });
        var after = await coverage.GetCoverageGapsAsync(new GetCoverageGapsRequest { AreaCode = SampleForms.County });
        var allowance = after.Programmes.Single(p => p.ProgrammeCode == "minimum-living-allowance");
        Assert.Equal((1L, Gap("minimum-living-allowance").NotEnrolled - 1), (allowance.Enrolled, allowance.NotEnrolled));
        var list = await coverage.ListGapWomenAsync(new ListGapWomenRequest { AreaCode = SampleForms.County, ProgrammeCode = "minimum-living-allowance", PageSize = 500 });
        Assert.Equal(allowance.NotEnrolled, list.Women.Count);
        Assert.DoesNotContain(list.Women, w => w.WomanId == womanId);

        ProgrammeGap Gap(string code) => gaps.Programmes.Single(p => p.ProgrammeCode == code);
    }
}
