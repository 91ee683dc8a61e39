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

    [Fact]
    public async Task A_womans_benefits_are_listed_with_their_payments()
    {
        var officerA = TestTokens.Issuer.Mint("cli-benefit-a", "甲", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
        var officerB = TestTokens.Issuer.Mint("cli-benefit-b", "乙", "civil-affairs", "county-officer", SampleForms.County, TimeSpan.FromHours(1));
        var form = SampleForms.Woman();
        form.EconomicStatus = Suite.Contracts.Registry.V1.EconomicStatus.MinimumAllowance;
        var woman = await suite.Women.CreateWomanAsync(SampleForms.Create(form));
        var app = await suite.ApplicationsAs(officerA).CreateApplicationAsync(new CreateApplicationRequest { RequestId = Guid.NewGuid().ToString(), WomanId = woman.Id, ProgrammeCode = "minimum-living-allowance" });
        app = await suite.ApplicationsAs(officerA).AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.StartReview });
        app = await suite.ApplicationsAs(officerB).AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Approve });
        app = await suite.ApplicationsAs(officerA).AdvanceApplicationAsync(new AdvanceApplicationRequest { Id = app.Id, Etag = app.Etag, Action = ApplicationAction.Activate });
        var benefits = new BenefitService.BenefitServiceClient(suite.Assistance.ChannelFor(officerA));
        var first = (await benefits.ListBenefitsAsync(new ListBenefitsRequest { ApplicationId = app.Id })).Benefits[0];
        await benefits.RecordPaymentAsync(new RecordPaymentRequest { BenefitId = first.Id, Etag = first.Etag, PaidOn = Suite.Contracts.Common.V1.Date.From(new DateOnly(2026, 11, 20)) });

        var (code, output, error) = await _cli.RunAsync("assistance", "benefits", "--woman", woman.Id.ToString(), "--token", TestTokens.CountyOfficer);
        Assert.True(code == 0, error);
        Assert.Contains("最低生活保障", output);
        Assert.Contains("现金救助", output);
        Assert.Contains("500.00", output);
        Assert.Contains("2026-11-20", output);
        Assert.Contains("1 项申请，共 12 条", output);
        Assert.DoesNotContain("CASH", output);
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
