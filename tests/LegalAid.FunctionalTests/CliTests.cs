using static Suite.LegalAid.FunctionalTests.LegalAidSuite;

namespace Suite.LegalAid.FunctionalTests;

/// <summary>The `suite legal` verb: the issue's flow from the command line, in Chinese.</summary>
public sealed class CliTests(LegalAidSuite suite) : IClassFixture<LegalAidSuite>, IDisposable
{
    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock,
        "--registry", "http://registry.test", "--assistance", "http://assistance.test", "--legalaid", "http://legalaid.test");

    public void Dispose() => _cli.Dispose();

    private async Task<string> Run(params string[] args)
    {
        var (code, output, error) = await _cli.RunAsync(args);
        Assert.True(code == 0, $"suite {string.Join(' ', args)} failed: {error}");
        return output;
    }

    [Fact]
    public async Task A_justice_officer_records_a_12338_call_marks_it_red_sees_it_overdue_and_records_a_protection_order()
    {
        var woman = await suite.RegisterAsync();
        await _cli.LoginAsync(JusticeCounty);
        var added = await Run("legal", "add", "--channel", "12338热线", "--kind", "家庭暴力", "--woman", woman.Id.ToString(), "--narrative", "丈夫醉酒后动手");
        Assert.Contains("已受理", added);
        Assert.DoesNotContain("：，", added); // the kind of a sensitive matter comes back withheld: said so, not left empty
        var id = added.Split(' ')[1];

        var red = await Run("legal", "colour", id, "--colour", "红", "--reason", "人身安全受到威胁");
        Assert.Contains("风险 红", red);
        Assert.DoesNotContain(id, await Run("legal", "overdue", "--area", SampleForms.County));
        suite.Clock.Advance(TimeSpan.FromHours(25));
        var overdue = await Run("legal", "overdue", "--area", SampleForms.County);
        Assert.Contains("（敏感）", overdue); // a list states no purpose: a sensitive matter shows without its kind
        Assert.Contains(id, overdue);
        Assert.Contains("红", await Run("legal", "list", "--area", SampleForms.County)); // but its colour, for who works it

        var applied = await Run("legal", "order", "apply", "--matter", id, "--court", "林口县人民法院", "--applied-on", "2026-11-23");
        var orderId = applied.Split(' ')[1].Split('：')[0];
        var issued = await Run("legal", "order", "issue", orderId, "--issued-on", "2026-11-23", "--expires-on", "2026-12-20", "--measure", "禁止实施家庭暴力");
        Assert.Contains("已签发", issued);
        Assert.Contains(orderId, await Run("legal", "order", "expiring"));

        var details = await Run("legal", "get", id, "--purpose", "核查");
        Assert.Contains("丈夫醉酒后动手", details);
        Assert.DoesNotContain("MATTER_", details + overdue + red);

        // The board over time, in Chinese: this month counts the red matter.
        var trend = await Run("legal", "trend", "--months", "2");
        Assert.Contains("月份", trend);
        Assert.Matches(@"2026-11\D+[1-9]", trend);
    }

    [Fact]
    public async Task A_village_worker_sees_only_that_the_sensitive_matter_exists_and_a_bad_option_lists_the_choices()
    {
        var woman = await suite.RegisterAsync();
        var matter = await suite.MatterAsync(woman.Id, Suite.Contracts.LegalAid.V1.MatterKind.DomesticViolence);
        await _cli.LoginAsync(FederationVillage);
        var seen = await Run("legal", "get", matter.Id.ToString(), "--purpose", "回访");
        Assert.Contains("敏感事项", seen);
        Assert.DoesNotContain("公婆", seen);

        var (code, _, error) = await _cli.RunAsync("legal", "colour", matter.Id.ToString(), "--colour", "紫", "--reason", "x");
        Assert.NotEqual(0, code);
        Assert.Contains("绿/黄/红", error);
    }

    /// <summary>Sends each call to the test server of the service its address names.</summary>
    private sealed class HostRouter(LegalAidSuite suite) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _registry = new(suite.Registry.Server.CreateHandler());
        private readonly HttpMessageInvoker _legalAid = new(suite.LegalAid.Server.CreateHandler());
        private readonly HttpMessageInvoker _assistance = new(suite.Assistance.Server.CreateHandler());

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (request.RequestUri!.Host switch { "legalaid.test" => _legalAid, "assistance.test" => _assistance, _ => _registry }).SendAsync(request, cancellationToken);
    }
}
