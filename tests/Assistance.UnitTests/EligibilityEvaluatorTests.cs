using Suite.Assistance.Rules;
using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Registry.V1;
using Xunit;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Assistance.UnitTests;

public sealed class EligibilityEvaluatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Theory]
    [InlineData(1991, 11, 22, 35)] // birthday today: counts
    [InlineData(1991, 11, 23, 34)] // tomorrow
    [InlineData(1964, 2, 29, 62)]  // born on a leap day
    public void Age_counts_whole_years_completed(int year, int month, int day, int age)
    {
        Assert.Equal(age, EligibilityEvaluator.AgeOn(new DateOnly(year, month, day), Today));
    }

    [Fact]
    public void Every_set_rule_is_reported_and_unset_rules_do_not_apply()
    {
        var rules = new EligibilityRules { MaxAge = 64, EconomicStatuses = { EconomicStatus.MinimumAllowance }, PriorityOnly = true };
        var woman = new Woman
        {
            BirthDate = new Date { Year = 1962, Month = 11, Day = 23 }, EconomicStatus = EconomicStatus.MinimumAllowance, Priority = PriorityLevel.Priority,
        };
        var results = new EligibilityEvaluator(rules).Evaluate(Applicant.From(woman, diagnosed: false), Today);
        Assert.Equal(["年龄 0–64 岁", "经济状况为低保", "重点妇女"], results.Select(r => r.Rule));
        Assert.All(results, r => Assert.True(r.Passed, r.Explanation));
        Assert.Empty(new EligibilityEvaluator(new EligibilityRules()).Evaluate(Applicant.From(woman, diagnosed: false), Today));
        Assert.True(new EligibilityEvaluator(rules).Passes(Applicant.From(woman, diagnosed: false), Today));
    }

    [Fact]
    public void Health_rules_fail_with_the_reason_when_health_details_are_not_shared()
    {
        var rules = new EligibilityRules { HealthStatuses = { HealthStatus.Disabled } };
        var withheld = new EligibilityEvaluator(rules).Evaluate(Applicant.From(new Woman { Health = HealthStatus.Unspecified }, diagnosed: false), Today).Single();
        Assert.False(withheld.Passed);
        Assert.Contains("未同意向本部门共享健康信息", withheld.Explanation);
    }
}
