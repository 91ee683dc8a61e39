using Suite.Registry.Rules;
using Xunit;

namespace Suite.Registry.UnitTests;

public sealed class LeftBehindRuleTests
{
    [Fact]
    public void Six_calendar_months_after_departure_she_qualifies_not_a_day_earlier()
    {
        var since = LeftBehindRule.QualifiesFrom(new DateOnly(2026, 5, 22));
        Assert.Equal(new DateOnly(2026, 11, 22), since);
        Assert.False(LeftBehindRule.IsLeftBehind(since, inRuralVillage: true, active: true, today: new DateOnly(2026, 11, 21)));
        Assert.True(LeftBehindRule.IsLeftBehind(since, inRuralVillage: true, active: true, today: new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void Month_ends_clamp_to_the_last_day()
    {
        Assert.Equal(new DateOnly(2027, 2, 28), LeftBehindRule.QualifiesFrom(new DateOnly(2026, 8, 31)));
    }

    [Fact]
    public void Four_months_away_today_qualifies_two_months_later()
    {
        var today = new DateOnly(2026, 11, 22);
        var since = LeftBehindRule.QualifiesFrom(today.AddMonths(-4));
        Assert.False(LeftBehindRule.IsLeftBehind(since, true, true, today));
        Assert.True(LeftBehindRule.IsLeftBehind(since, true, true, today.AddMonths(2)));
    }

    [Theory]
    [InlineData(false, true)]  // urban community
    [InlineData(true, false)]  // exited the ledger
    public void Only_active_women_in_rural_villages_count(bool rural, bool active)
    {
        Assert.False(LeftBehindRule.IsLeftBehind(new DateOnly(2020, 1, 1), rural, active, new DateOnly(2026, 11, 22)));
    }

    [Fact]
    public void Without_a_departure_date_she_never_qualifies()
    {
        Assert.Null(LeftBehindRule.QualifiesFrom(null));
        Assert.False(LeftBehindRule.IsLeftBehind(null, true, true, new DateOnly(2026, 11, 22)));
    }
}
