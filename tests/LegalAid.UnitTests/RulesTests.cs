using Suite.Contracts.LegalAid.V1;
using Suite.Contracts.Registry.V1;
using Suite.LegalAid.Rules;
using Xunit;

namespace Suite.LegalAid.UnitTests;

public sealed class RulesTests
{
    [Theory]
    [InlineData(EconomicStatus.MinimumAllowance, HealthStatus.Healthy, MeansTestRule.ExemptMinimumAllowance)]
    [InlineData(EconomicStatus.ExtremePoverty, HealthStatus.Disabled, MeansTestRule.ExemptExtremePoverty)]
    [InlineData(EconomicStatus.LowIncome, HealthStatus.Healthy, MeansTestRule.ExemptLowIncome)]
    [InlineData(EconomicStatus.Ordinary, HealthStatus.Disabled, MeansTestRule.ExemptDisability)]
    [InlineData(EconomicStatus.Monitored, HealthStatus.SeriousIllness, MeansTestRule.HardshipStatement)]
    [InlineData(EconomicStatus.Unspecified, HealthStatus.Unspecified, MeansTestRule.HardshipStatement)]
    public void The_first_applicable_exemption_is_the_one_recorded(EconomicStatus economic, HealthStatus health, MeansTestRule rule)
    {
        var (applied, explanation) = MeansTest.Apply(new Woman { EconomicStatus = economic, Health = health });
        Assert.Equal(rule, applied);
        Assert.Equal(rule != MeansTestRule.HardshipStatement, MeansTest.IsExempt(applied));
        Assert.NotEmpty(explanation);
    }

    [Theory]
    [InlineData(MatterStatus.Assigned, MatterAction.Start, MatterStatus.InProgress)]
    [InlineData(MatterStatus.InProgress, MatterAction.Resolve, MatterStatus.Resolved)]
    [InlineData(MatterStatus.Assigned, MatterAction.Refer, MatterStatus.Referred)]
    [InlineData(MatterStatus.Received, MatterAction.Close, MatterStatus.Closed)]
    public void Steps_move_an_open_matter(MatterStatus from, MatterAction action, MatterStatus to) =>
        Assert.Equal(to, MatterWorkflow.Next(from, action));

    [Theory]
    [InlineData(MatterStatus.Received, MatterAction.Start)]
    [InlineData(MatterStatus.Resolved, MatterAction.Close)]
    [InlineData(MatterStatus.Closed, MatterAction.Resolve)]
    public void Steps_that_do_not_apply_give_nothing(MatterStatus from, MatterAction action) =>
        Assert.Null(MatterWorkflow.Next(from, action));

    [Fact]
    public void Red_is_due_after_its_interval_yellow_after_its_own_green_never()
    {
        var control = new RiskControl(TimeSpan.FromHours(24), TimeSpan.FromHours(72));
        var now = new DateTime(2026, 11, 22, 4, 0, 0, DateTimeKind.Utc);
        Assert.Equal(now.AddHours(24), control.FollowUpDue(RiskColour.Red, now));
        Assert.Equal(now.AddHours(72), control.FollowUpDue(RiskColour.Yellow, now));
        Assert.Null(control.FollowUpDue(RiskColour.Green, now));
        Assert.True(RiskControl.Applies(MatterKind.DomesticViolence) && RiskControl.Applies(MatterKind.AbandonmentMaintenance));
        Assert.False(RiskControl.Applies(MatterKind.LandRights));
    }
}
