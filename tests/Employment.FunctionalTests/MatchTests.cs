namespace Suite.Employment.FunctionalTests;

/// <summary>Near-home matching on the sample county's area tree, against a straightforward recount of the ranking.</summary>
public sealed class MatchTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    // Villages of two townships of 林口县 and one of 穆棱市.
    private static readonly string[] Villages = ["231025100201", "231025100202", "231025100203", "231025101201", "231025101202", "231085100201"];

    [Fact]
    public async Task Posts_for_a_woman_and_women_for_a_post_rank_as_a_recount_does()
    {
        var admin = TestTokens.Admin; // the whole province: matches across counties too
        var random = new Random(7);
        var seekers = new List<(long Id, string Village, WorkPattern Wish, bool Skilled, Distance Max)>();
        foreach (var village in Villages.Concat(Villages))
        {
            var skilled = random.Next(2) == 0;
            var woman = await suite.RegisterAsync(village, skilled ? "家政服务" : "种地");
            var wish = (WorkPattern)random.Next(1, 4);
            var max = (Distance)random.Next(0, 5);
            await suite.Jobs(admin).RegisterJobSeekerAsync(new RegisterJobSeekerRequest { WomanId = woman.Id, Status = SeekerStatus.Unemployed, Wish = wish, Skills = { skilled ? "家政服务" : "种地" }, MaxDistance = max });
            seekers.Add((woman.Id, village, wish, skilled, max));
        }
        var posts = new List<(long Id, string Area, int Pay, WorkPattern Pattern, bool Mother)>();
        foreach (var (area, i) in Villages.Concat(["231025100", "231025101"]).Select((a, i) => (a, i)))
        {
            var mother = i % 3 == 0;
            var pattern = mother ? WorkPattern.Flexible : (WorkPattern)random.Next(1, 4);
            var post = await suite.PostAsync(area, Trade.DomesticService, pay: 2500 + 100 * random.Next(10), pattern: pattern, mother: mother, token: admin);
            posts.Add((post.Id, area, post.MonthlyPayYuan, pattern, mother));
        }

        foreach (var seeker in seekers.Take(4))
        {
            var got = await suite.Jobs(admin).MatchPostsForWomanAsync(new MatchPostsForWomanRequest { WomanId = seeker.Id, PageSize = 200 });
            var expected = posts.Select(p => (p.Id, Key: Key(seeker, p))).Where(x => x.Key is not null).OrderBy(x => x.Key!.Value).ThenBy(x => x.Id).Select(x => x.Id).ToList();
            Assert.Equal(expected, got.Matches.Where(m => posts.Any(p => p.Id == m.PostId)).Select(m => m.PostId).ToList());
        }
        foreach (var post in posts.Take(4))
        {
            var got = await suite.Jobs(admin).MatchWomenForPostAsync(new MatchWomenForPostRequest { PostId = post.Id, PageSize = 200 });
            var expected = seekers.Select(s => (s.Id, Key: Key(s, post))).Where(x => x.Key is not null).OrderBy(x => x.Key!.Value).ThenBy(x => x.Id).Select(x => x.Id).ToList();
            Assert.Equal(expected, got.Matches.Where(m => seekers.Any(s => s.Id == m.WomanId)).Select(m => m.WomanId).ToList());
            Assert.All(got.Matches, m => Assert.NotEmpty(m.Reasons));
        }
    }

    [Fact]
    public async Task A_county_officer_matches_within_her_county_and_an_unregistered_woman_is_not_found()
    {
        var woman = await suite.RegisterAsync();
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Jobs().MatchPostsForWomanAsync(new MatchPostsForWomanRequest { WomanId = woman.Id }).ResponseAsync);
        await RpcAssert.InvalidFields(() => suite.Jobs().MatchWomenForPostAsync(new MatchWomenForPostRequest { PostId = 1, PageSize = 500 }).ResponseAsync, "page_size");
        var other = await suite.PostAsync("231085100201", token: TestTokens.Admin);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Jobs().MatchWomenForPostAsync(new MatchWomenForPostRequest { PostId = other.Id }).ResponseAsync);
    }

    // The ranking written out plainly: distance by shared code prefix, then skill, wish, pay (higher first).
    private static (int Distance, int NoSkill, int NoWish, int NegativePay)? Key((long Id, string Village, WorkPattern Wish, bool Skilled, Distance Max) s, (long Id, string Area, int Pay, WorkPattern Pattern, bool Mother) p)
    {
        var distance = p.Area == s.Village ? 1 : p.Area[..9] == s.Village[..9] ? 2 : p.Area[..6] == s.Village[..6] ? 3 : 4;
        if (s.Max != Distance.Unspecified && distance > (int)s.Max)
        {
            return null;
        }
        var wish = s.Wish == p.Pattern || (p.Mother && s.Wish is WorkPattern.Flexible or WorkPattern.HomeBased);
        return (distance, s.Skilled ? 0 : 1, wish ? 0 : 1, -p.Pay);
    }
}
