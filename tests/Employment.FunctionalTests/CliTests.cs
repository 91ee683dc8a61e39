using Suite.Contracts.Registry.V1;

namespace Suite.Employment.FunctionalTests;

/// <summary>`suite training` and `suite jobs`: the issue's flow from the command line, in Chinese.</summary>
public sealed class CliTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>, IDisposable
{
    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--employment", "http://employment.test");

    public void Dispose() => _cli.Dispose();

    private async Task<string> Run(params string[] args)
    {
        var (code, output, error) = await _cli.RunAsync(args);
        Assert.True(code == 0, $"suite {string.Join(' ', args)} failed: {error}");
        return output;
    }

    private static string IdAfter(string text, string marker) => new(text[(text.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].TrimStart().TakeWhile(char.IsDigit).ToArray());

    [Fact]
    public async Task A_human_resources_officer_trains_certifies_publishes_a_mother_post_matches_places_and_sees_the_target()
    {
        var women = new[] { await suite.RegisterAsync(SampleForms.RuralVillage, "手工编织"), await suite.RegisterAsync("231025101201", "种地") };
        await _cli.LoginAsync(EmploymentSuite.HrCounty);
        var course = IdAfter(await Run("training", "course-add", "--name", "手工编织培训班", "--trade", "手工", "--provider", "县妇女手工协会", "--area", SampleForms.County,
            "--start", "2026-11-01", "--end", "2026-11-30", "--hours", "40", "--capacity", "20"), "培训班");
        foreach (var w in women)
        {
            Assert.Contains("已报名", await Run("training", "enrol", "--course", course, "--woman", w.Id.ToString()));
            await Run("jobs", "seeker", "--woman", w.Id.ToString(), "--wish", "居家就业", "--skill", w.Skills.Single());
        }
        Assert.Contains("出勤已记录 2 人", await Run("training", "attend", "--course", course, "--date", "2026-11-20", "--woman", women[0].Id.ToString(), "--woman", women[1].Id.ToString()));
        await Run("training", "certificate", "--woman", women[0].Id.ToString(), "--trade", "手工", "--level", "初级工", "--issued-on", "2026-11-21", "--issuer", "县人社局");
        Assert.Contains("初级工", await Run("training", "record", "--woman", women[0].Id.ToString()));

        var employer = IdAfter(await Run("jobs", "employer-add", "--name", "林口镇巾帼编织车间", "--kind", "就业帮扶车间", "--area", SampleForms.Township), "用人单位");
        var post = IdAfter(await Run("jobs", "post-add", "--employer", employer, "--title", "居家编织", "--trade", "手工", "--area", SampleForms.RuralVillage,
            "--pay", "3100", "--pattern", "居家就业", "--openings", "5", "--mother-post-site", "林口镇妈妈岗示范点"), "岗位");
        var matches = await Run("jobs", "match", "--post", post);
        Assert.True(matches.IndexOf(women[0].Id.ToString(), StringComparison.Ordinal) < matches.IndexOf(women[1].Id.ToString(), StringComparison.Ordinal), matches);
        Assert.Contains("同村", matches);
        Assert.Contains("持证: 手工", matches);
        var placement = IdAfter(await Run("jobs", "place", "--post", post, "--woman", women[0].Id.ToString(), "--start", "2026-11-20"), "（安置");
        Assert.Matches(PlacementRow(placement, women[0].Id), await Run("jobs", "placements", "--area", SampleForms.RuralVillage));

        await Run("jobs", "target", "--area", SampleForms.County, "--year", "2026", "--training", "1500", "--posts", "500", "--placed", "600", "--mother-post-sites", "10");
        var progress = await Run("jobs", "progress", "--area", SampleForms.County, "--year", "2026");
        Assert.Contains("2/1500", progress);
        Assert.Contains("培训人次", progress);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await suite.Women.GetWomanAsync(new GetWomanRequest { Id = women[0].Id })).EmploymentStatus != EmploymentStatus.Employed)
        {
            Assert.True(DateTime.UtcNow < deadline, "the Registry never showed her employed");
            await Task.Delay(200);
        }

        // She leaves: ended on the command line, gone from the list of those at work, kept in the full list with the reason.
        Assert.Contains("已于 2026-11-22 结束：返乡照顾老人", await Run("jobs", "end", placement, "--date", "2026-11-22", "--reason", "返乡照顾老人"));
        Assert.DoesNotMatch(PlacementRow(placement, women[0].Id), await Run("jobs", "placements", "--area", SampleForms.RuralVillage));
        Assert.Matches(PlacementRow(placement, women[0].Id) + "[^\\n]*返乡照顾老人", await Run("jobs", "placements", "--area", SampleForms.RuralVillage, "--all"));
    }

    // A row of the placements table: the placement's id, then the woman's.
    private static string PlacementRow(string placement, long woman) => $@"\b{placement}\b[^\d\n]+\b{woman}\b";

    /// <summary>Sends each call to the test server of the service its address names.</summary>
    private sealed class HostRouter(EmploymentSuite suite) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _registry = new(suite.Registry.Server.CreateHandler());
        private readonly HttpMessageInvoker _employment = new(suite.Employment.Server.CreateHandler());

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (request.RequestUri!.Host == "employment.test" ? _employment : _registry).SendAsync(request, cancellationToken);
    }
}
