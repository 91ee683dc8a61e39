namespace Suite.Assistance.FunctionalTests;

/// <summary>The `suite assistance` verb against the two running services.</summary>
public sealed class CliTests(TwoServices suite) : IClassFixture<TwoServices>, IDisposable
{
    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--assistance", "http://assistance.test");

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Gaps_apply_and_referrals_from_the_command_line()
    {
        await _cli.LoginAsync(TestTokens.CountyOfficer);
        var form = SampleForms.Woman();
        form.EconomicStatus = Suite.Contracts.Registry.V1.EconomicStatus.MinimumAllowance;
        var woman = await suite.Women.CreateWomanAsync(SampleForms.Create(form));

        var apply = await _cli.RunAsync("assistance", "apply", "--woman", woman.Id.ToString(), "--programme", "minimum-living-allowance");
        Assert.True(apply.ExitCode == 0, apply.Error);
        Assert.Contains("：符合条件", apply.Out);
        Assert.Contains("✓ 经济状况为", apply.Out);

        var programmes = await _cli.RunAsync("assistance", "programmes");
        Assert.Contains("two-cancers-screening", programmes.Out);
        var gaps = await _cli.RunAsync("assistance", "gaps", "--area", SampleForms.County);
        Assert.True(gaps.ExitCode == 0, gaps.Error);
        Assert.Contains("最低生活保障", gaps.Out); // the programme's name, not its code
        Assert.DoesNotContain("minimum-living-allowance", gaps.Out);
        var applications = await _cli.RunAsync("assistance", "applications", "--area", SampleForms.County);
        Assert.Contains("最低生活保障", applications.Out);
        Assert.DoesNotContain("minimum-living-allowance", applications.Out);
        Assert.Contains("未获帮扶的重点妇女", gaps.Out);

        // Lists name the women (from the Registry, with the caller's token) under Chinese headings.
        // (Assistance learns of her from the Registry's events, so the list may need a moment.)
        var women = await Eventually.Until(async () =>
            await _cli.RunAsync("assistance", "gaps", "--area", SampleForms.County, "--women") is { ExitCode: 0 } run && run.Out.Contains(form.Name) ? run.Out : null);
        Assert.Contains("姓名", women);
        // A priority woman without assistance is on Assistance's own referral inbox (a self-referral), shown in Chinese.
        var referrals = await Eventually.Until(async () =>
            await _cli.RunAsync("referrals", "inbox", "--service", "社会救助", "--area", SampleForms.County) is { ExitCode: 0 } run && run.Out.Contains(form.Name) ? run.Out : null);
        Assert.Contains("转介内容", referrals);
        Assert.Contains("社会救助", referrals);

        var refused = await _cli.RunAsync("assistance", "advance", "1", "--action", "approve");
        Assert.NotEqual(0, refused.ExitCode); // submitted, not under review: FAILED_PRECONDITION
        Assert.Contains("不满足办理条件", refused.Error);
    }

    /// <summary>Sends each call to the test server of the service its address names.</summary>
    private sealed class HostRouter(TwoServices suite) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _registry = new(suite.Registry.Server.CreateHandler());
        private readonly HttpMessageInvoker _assistance = new(suite.Assistance.Server.CreateHandler());

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (request.RequestUri!.Host == "assistance.test" ? _assistance : _registry).SendAsync(request, cancellationToken);
    }
}
