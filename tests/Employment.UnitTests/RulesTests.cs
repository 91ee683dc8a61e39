using Suite.Contracts.Employment.V1;
using Suite.Employment.Rules;
using Xunit;

namespace Suite.Employment.UnitTests;

public sealed class RulesTests
{
    [Theory]
    [InlineData("231025100201", "231025100201", Distance.SameVillage)]
    [InlineData("231025100201", "231025100202", Distance.SameTownship)]
    [InlineData("231025100201", "231025100", Distance.SameTownship)]
    [InlineData("231025100201", "231025101201", Distance.SameCounty)]
    [InlineData("231025100201", "231085100201", Distance.Further)]
    public void Distance_follows_the_shared_code_prefix(string village, string work, Distance distance) =>
        Assert.Equal(distance, AreaDistance.Between(village, work));

    [Fact]
    public void A_post_beyond_what_she_can_travel_is_no_match_and_a_mother_post_suits_a_home_based_wish()
    {
        var seeker = new NearHomeMatch.Seeker(1, "231025100201", WorkPattern.HomeBased, ["手工编织"], Distance.SameTownship, new HashSet<Trade>());
        Assert.Null(NearHomeMatch.Of(seeker, new NearHomeMatch.Opening(9, "231025101201", Trade.Handicrafts, WorkPattern.Flexible, true, 2000)));
        var match = NearHomeMatch.Of(seeker, new NearHomeMatch.Opening(9, "231025100", Trade.Handicrafts, WorkPattern.Flexible, true, 2000))!;
        Assert.True(match.SkillMatch && match.WishMatch);
        Assert.Equal(["同乡镇", "技能: 手工", "意愿相符: 想要居家就业，妈妈岗为灵活就业", "妈妈岗"], match.Reasons);
    }

    [Fact]
    public void A_wish_for_flexible_work_met_by_a_home_based_mother_post_says_both_and_an_equal_pattern_says_one()
    {
        var seeker = new NearHomeMatch.Seeker(1, "231025100201", WorkPattern.Flexible, [], Distance.SameTownship, new HashSet<Trade>());
        var mother = NearHomeMatch.Of(seeker, new NearHomeMatch.Opening(9, "231025100", Trade.Handicrafts, WorkPattern.HomeBased, true, 2000))!;
        Assert.Contains("意愿相符: 想要灵活就业，妈妈岗为居家就业", mother.Reasons);
        Assert.DoesNotContain("意愿相符: 灵活就业", mother.Reasons);
        var same = NearHomeMatch.Of(seeker, new NearHomeMatch.Opening(10, "231025100", Trade.Handicrafts, WorkPattern.Flexible, false, 2000))!;
        Assert.Contains("意愿相符: 灵活就业", same.Reasons);
        var other = NearHomeMatch.Of(seeker, new NearHomeMatch.Opening(11, "231025100", Trade.Handicrafts, WorkPattern.HomeBased, false, 2000))!;
        Assert.False(other.WishMatch);
    }

    [Fact]
    public void Nearer_beats_skilled_which_beats_wished_which_beats_pay()
    {
        var matches = new[]
        {
            new Match { PostId = 1, Distance = Distance.SameCounty, SkillMatch = true, WishMatch = true, MonthlyPayYuan = 9000 },
            new Match { PostId = 2, Distance = Distance.SameVillage, SkillMatch = false, WishMatch = false, MonthlyPayYuan = 1000 },
            new Match { PostId = 3, Distance = Distance.SameVillage, SkillMatch = true, WishMatch = false, MonthlyPayYuan = 1000 },
            new Match { PostId = 4, Distance = Distance.SameVillage, SkillMatch = true, WishMatch = true, MonthlyPayYuan = 1000 },
            new Match { PostId = 5, Distance = Distance.SameVillage, SkillMatch = true, WishMatch = true, MonthlyPayYuan = 2000 },
        };
        Assert.Equal([5L, 4L, 3L, 2L, 1L], NearHomeMatch.Rank(matches).Select(m => m.PostId));
    }
}
