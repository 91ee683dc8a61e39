using Suite.Contracts.Employment.V1;

namespace Suite.Employment.Rules;

/// <summary>
/// Near-home matching (就近就地就业): a woman and a post are a candidate pair when the work lies within the distance she
/// can travel; pairs rank nearest first, then by her skills or certificates covering the trade, then by the post's
/// pattern being what she wants (a mother post suits a wish for flexible or home-based work), then by higher pay.
/// </summary>
public static class NearHomeMatch
{
    public sealed record Seeker(long WomanId, string Village, WorkPattern Wish, IReadOnlyList<string> Skills, Distance MaxDistance, IReadOnlySet<Trade> Certified);

    public sealed record Opening(long PostId, string Area, Trade Trade, WorkPattern Pattern, bool MotherPost, int MonthlyPayYuan);

    /// <summary>The match of a pair, or null when the work is beyond what she can travel.</summary>
    public static Match? Of(Seeker seeker, Opening post)
    {
        var distance = AreaDistance.Between(seeker.Village, post.Area);
        if (!AreaDistance.Within(distance, seeker.MaxDistance))
        {
            return null;
        }
        var certified = seeker.Certified.Contains(post.Trade);
        var skilled = certified || TradeNames.Mentioned(post.Trade, seeker.Skills);
        var wished = seeker.Wish != WorkPattern.Unspecified && (seeker.Wish == post.Pattern || (post.MotherPost && seeker.Wish is WorkPattern.Flexible or WorkPattern.HomeBased));
        var match = new Match
        {
            PostId = post.PostId, WomanId = seeker.WomanId, Distance = distance, SkillMatch = skilled, WishMatch = wished, MonthlyPayYuan = post.MonthlyPayYuan,
        };
        match.Reasons.Add(AreaDistance.Words(distance));
        if (skilled)
        {
            match.Reasons.Add((certified ? "持证: " : "技能: ") + TradeNames.Of(post.Trade));
        }
        if (wished)
        {
            // Said as it is: the same pattern as she wants, or a mother post of another pattern that still suits her.
            match.Reasons.Add(seeker.Wish == post.Pattern
                ? "意愿相符: " + PatternWords(seeker.Wish)
                : $"意愿相符: 想要{PatternWords(seeker.Wish)}，妈妈岗为{PatternWords(post.Pattern)}");
        }
        if (post.MotherPost)
        {
            match.Reasons.Add("妈妈岗");
        }
        return match;
    }

    /// <summary>The ranking: nearest, skilled, wished, better paid, then by id so that equal pairs keep one order.</summary>
    public static IEnumerable<Match> Rank(IEnumerable<Match> matches) => matches
        .OrderBy(m => m.Distance).ThenByDescending(m => m.SkillMatch).ThenByDescending(m => m.WishMatch)
        .ThenByDescending(m => m.MonthlyPayYuan).ThenBy(m => m.PostId).ThenBy(m => m.WomanId);

    private static string PatternWords(WorkPattern pattern) => pattern switch
    {
        WorkPattern.FullTime => "全职",
        WorkPattern.Flexible => "灵活就业",
        WorkPattern.HomeBased => "居家就业",
        _ => "",
    };
}
