using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Microsoft.Playwright;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// The staff's web console in a real browser against the app host with every service: each role signs in, sees what
/// it may and nothing else, and works its main flow in Chinese; each page passes an accessibility scan.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed partial class ConsoleTests(SuiteAppHost suite, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private Uri Console => suite.App.GetEndpoint(ResourceNames.Console, "http");

    private async Task<Woman> NewWomanAsync(string village, string name)
    {
        var form = SampleForms.Woman(village, name: name);
        form.Needs.Clear();
        return await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin"))).CreateWomanAsync(SampleForms.Create(form));
    }

    /// <summary>
    /// Presses a button and waits for the sign of its answer. A press on a form drawn a moment before was sometimes lost
    /// (no request reached the console's circuit; a person presses again): when the sign has not shown after a while the
    /// test presses once more, which the form's request id keeps to one record. It fails with the page's words.
    /// </summary>
    private static async Task PressUntilAsync(IPage page, string button, ILocator sign)
    {
        await page.Locator(button).ClickAsync();
        try
        {
            await Expect(sign).ToBeVisibleAsync(new() { Timeout = 10_000 });
            return;
        }
        catch (PlaywrightException)
        {
            await page.Locator(button).ClickAsync();
        }
        try
        {
            await Expect(sign).ToBeVisibleAsync(new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"{button} did not bring {sign}: the page is at {page.Url} and says: {await page.Locator("main").InnerTextAsync()}");
        }
    }

    [Fact]
    public async Task Every_page_asks_for_sign_in_first()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Console };
        foreach (var path in new[] { "/", "/women", "/women/1", "/women/1/visit", "/visits", "/referrals", "/legal", "/legal/matters/1", "/audit", "/women/new", "/women/1/edit", "/employment/posts", "/assistance/gaps", "/family/activities" })
        {
            var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
        }
        var login = await http.GetStringAsync("/login");
        Assert.Contains("东升村专干", login); // the development sign-in, in development only
    }

    [Fact]
    public async Task A_village_officer_sees_her_to_do_list_records_a_visit_and_opens_the_case_file()
    {
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "孙玉梅");
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "womens-federation", "village-staff");

        await Expect(page.Locator("#who")).ToContainTextAsync("东升村妇女之家专干");
        await Expect(page.Locator("#who")).ToContainTextAsync("妇联");
        await Expect(page.Locator("h2#visits-due")).ToHaveTextAsync("七天内应探访");
        await Expect(page.Locator("[data-count=visits-overdue]")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "home-village-staff");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        await page.GotoAsync($"/women/{woman.Id}/visit");
        await ConsoleBrowser.WaitLiveAsync(page);
        await page.Locator("#visitor input, input#visitor").First.FillAsync("李春华");
        await page.GetByLabel("法律", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("家庭矛盾", new() { Exact = true }).CheckAsync();
        await page.Locator("#refer").CheckAsync();
        await ConsoleBrowser.AssertAccessibleAsync(page);
        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator("#visit-recorded")).ToContainTextAsync("下次应于");
        await Expect(page.Locator("#visit-recorded")).ToContainTextAsync("已转介：法律援助");
        await ConsoleBrowser.ScreenshotAsync(page, "visit-recorded");

        await page.GotoAsync($"/women/{woman.Id}");
        await Expect(page.Locator("#card-title")).ToHaveTextAsync("孙玉梅");
        await Expect(page.Locator("[data-service=registry]")).ToContainTextAsync("探访");
        await Expect(page.Locator("[data-service=legalaid]")).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "case-file");
        await ConsoleBrowser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_village_officer_cannot_open_a_woman_of_another_village_by_changing_the_address()
    {
        var other = await NewWomanAsync(SampleForms.OtherRuralVillage, "周桂芝");
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "village-staff", $"/women/{other.Id}");

        await Expect(page.Locator("main")).ToContainTextAsync("未找到这位妇女，或她不在您的辖区内");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("周桂芝");
        await Expect(page.Locator("#record-visit")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_justice_officer_works_the_three_colour_board_and_the_ledger_on_a_phone()
    {
        var page = await browser.NewPageAsync(Console, phone: true);
        await ConsoleBrowser.SignInAsync(page, "justice", "county-officer", "/legal");

        await Expect(page.Locator("#colour-counts")).ToContainTextAsync("红色");
        await Expect(page.Locator("#colour-chart .main-svg").First).ToBeVisibleAsync(); // plotly.js from the console itself
        // The board over time: twelve months, this one last, as a chart and as a table.
        await Expect(page.Locator("#trend-chart .main-svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#trend-table tbody tr")).ToHaveCountAsync(12);
        await Expect(page.Locator("#trend-table tbody tr").Last).ToContainTextAsync(DateTime.UtcNow.AddHours(8).ToString("yyyy-MM"));

        await Expect(page.Locator("[role=alert]")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(page, "legal-board-phone");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        await page.GotoAsync("/women");
        await ConsoleBrowser.WaitLiveAsync(page);
        await Expect(page.Locator("#women")).ToBeVisibleAsync();
        await ConsoleBrowser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_justice_officer_follows_up_a_matter_and_settles_its_colour_on_its_page()
    {
        var matters = new Suite.Contracts.LegalAid.V1.MatterService.MatterServiceClient(suite.Channel(ResourceNames.LegalAid, suite.Token("justice", "county-officer")));
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "孙玉兰");
        var matter = await matters.CreateMatterAsync(new Suite.Contracts.LegalAid.V1.CreateMatterRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Channel = Suite.Contracts.LegalAid.V1.Channel.TownshipRightsStation,
            Kind = Suite.Contracts.LegalAid.V1.MatterKind.MarriageFamily, WomanId = woman.Id, Narrative = "丈夫外出务工多年，夫妻因赡养老人发生纠纷",
        });
        matter = await matters.SetRiskColourAsync(new Suite.Contracts.LegalAid.V1.SetRiskColourRequest
        {
            Id = matter.Id, Etag = matter.Etag, Colour = Suite.Contracts.LegalAid.V1.RiskColour.Yellow, Reason = "矛盾有激化迹象",
        });

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "justice", "county-officer", $"/legal/matters/{matter.Id}");
        await Expect(page.Locator("#matter")).ToContainTextAsync("黄色");

        await page.Locator("#record-follow-up").ClickAsync(); // nothing written yet: refused next to the field, in Chinese
        await Expect(page.Locator("#error-note")).ToBeVisibleAsync();
        Assert.DoesNotMatch("[A-Za-z]", await page.Locator("#error-note").InnerTextAsync());
        await page.Locator("#note textarea, textarea#note").First.FillAsync("电话回访，双方同意由村调委会调解");
        await page.Locator("#record-follow-up").ClickAsync();
        await Expect(page.Locator("#matter-done")).ToContainTextAsync("跟进已记录");
        await Expect(page.Locator("#history")).ToContainTextAsync("电话回访，双方同意由村调委会调解");

        await page.Locator("#colour-reason textarea, textarea#colour-reason").First.FillAsync("对方扬言动手，矛盾激化");
        await page.Locator("#colour-红").ClickAsync(); // red is escalated: the escalation joins her history
        await Expect(page.Locator("#matter")).ToContainTextAsync("红色");
        await page.Locator("#colour-reason textarea, textarea#colour-reason").First.FillAsync("调解成功，矛盾化解");
        await page.Locator("#colour-绿").ClickAsync();
        await Expect(page.Locator("#matter")).ToContainTextAsync("绿色");
        Assert.DoesNotMatch("[A-Za-z_]{4,}", await page.Locator("#history").InnerTextAsync()); // no code in the history's words
        await ConsoleBrowser.ScreenshotAsync(page, "legal-matter");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        // What the page showed is what the service now holds.
        var after = await matters.GetMatterAsync(new Suite.Contracts.LegalAid.V1.GetMatterRequest { Id = matter.Id });
        Assert.Equal(Suite.Contracts.LegalAid.V1.RiskColour.Green, after.RiskColour);
        Assert.Contains(after.History, h => h.Reason == "电话回访，双方同意由村调委会调解");
    }

    [Fact]
    public async Task Opening_the_ledger_asks_the_Registry_once_the_live_page_keeps_what_the_server_rendered()
    {
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "陶玉珍");
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "township-officer", "/women");
        await Expect(page.Locator("#women")).ToContainTextAsync("陶玉珍");
        // A search afterwards is a second reading, answered after anything the opening asked.
        await page.Locator("#name-prefix input, input#name-prefix").First.FillAsync("陶玉");
        await page.Locator("#search").ClickAsync();
        await Expect(page.Locator("#women tr", new() { HasText = "陶玉珍" })).ToHaveCountAsync(1);

        var audit = new Suite.Contracts.Common.V1.AuditService.AuditServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "auditor")));
        var readings = await Eventually.Until(async () =>
        {
            var records = (await audit.QueryAuditRecordsAsync(new Suite.Contracts.Common.V1.QueryAuditRecordsRequest
            {
                Resource = $"woman:{woman.Id}", Subject = "local:civil-affairs:township-officer", PageSize = 100,
            })).Records.Where(r => r.Action.EndsWith("ListWomen", StringComparison.Ordinal)).ToList();
            return records.Count >= 2 ? records : null;
        });
        Assert.Equal(2, readings.Count); // the opening (pre-rendered, handed to the live page) and the search: not three
    }

    [Fact]
    public async Task An_auditor_reads_who_opened_a_womans_record_and_verifies_the_chain_in_Chinese()
    {
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "钱桂英");
        await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "county-officer")))
            .GetWomanAsync(new GetWomanRequest { Id = woman.Id });

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "auditor", "/audit");
        await page.Locator("#woman input, input#woman").First.FillAsync(woman.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#query").ClickAsync();
        await Expect(page.Locator("#records")).ToContainTextAsync("查看妇女信息");
        await Expect(page.Locator("#records")).ToContainTextAsync("成功");
        Assert.DoesNotMatch("GetWoman|suite\\.registry|OK", await page.Locator("#records").InnerTextAsync());

        await page.Locator("#verify").ClickAsync();
        await Expect(page.Locator("#verdict")).ToContainTextAsync("审计链完整");
        await ConsoleBrowser.ScreenshotAsync(page, "audit");
        await ConsoleBrowser.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_county_officer_registers_a_woman_and_changes_her_record_with_the_forms_messages_in_place()
    {
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "county-officer", "/women");
        await page.Locator("#register").ClickAsync();
        await Expect(page.Locator("#township option[value='231025100']")).ToHaveCountAsync(1);

        await page.Locator("#save").ClickAsync(); // nothing filled in: refused field by field, in Chinese, nothing written
        await Expect(page.Locator("#error-name")).ToBeVisibleAsync();
        await Expect(page.Locator("#error-resident_id_number")).ToBeVisibleAsync();
        Assert.DoesNotMatch("[A-Za-z]", await page.Locator("#error-name").InnerTextAsync());
        await ConsoleBrowser.ScreenshotAsync(page, "register-woman-refused");

        var idNumber = TestIdentities.NextFemaleId();
        await page.Locator("#name input, input#name").First.FillAsync("赵春梅");
        await page.Locator("#resident-id input, input#resident-id").First.FillAsync(idNumber);
        await page.Locator("#township").SelectOptionAsync("231025100");
        await Expect(page.Locator("#village option[value='231025100201']")).ToHaveCountAsync(1);
        await page.Locator("#village").SelectOptionAsync("231025100201");
        await page.Locator("#husband-name input, input#husband-name").First.FillAsync("孙志强");
        await page.Locator("#departure").FillAsync("2024-03-01");
        await page.GetByLabel(Suite.Ledger.LedgerLabels.Need.Label(Need.Training)).CheckAsync();
        await page.Locator("#consent").CheckAsync();
        await ConsoleBrowser.AssertAccessibleAsync(page);
        await page.Locator("#save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/women/[0-9]+$"));
        await Expect(page.Locator("main")).ToContainTextAsync("赵春梅");
        var id = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var registered = await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin")))
            .GetWomanAsync(new GetWomanRequest { Id = id });
        Assert.Equal(("赵春梅", "231025100201", "孙志强"), (registered.Name, registered.VillageCode, registered.Husband.Name));
        Assert.Contains(Need.Training, registered.Needs);

        // Her household falls on hard times: the change needs its reason, and lands in her record and its history.
        await page.Locator("#edit-woman").ClickAsync();
        await page.Locator("#economic").SelectOptionAsync(EconomicStatus.MinimumAllowance.ToString());
        await page.Locator("#save").ClickAsync();
        await Expect(page.Locator("#error-reason")).ToBeVisibleAsync();
        await page.Locator("#reason textarea, textarea#reason").First.FillAsync("经入户核实，纳入最低生活保障");
        await ConsoleBrowser.AssertAccessibleAsync(page);
        await page.Locator("#save").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/women/{id}$"));
        var registry = new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin")));
        Assert.Equal(EconomicStatus.MinimumAllowance, (await registry.GetWomanAsync(new GetWomanRequest { Id = id })).EconomicStatus);
        Assert.Contains((await registry.ListChangesAsync(new ListChangesRequest { WomanId = id })).Changes, c => c.Reason == "经入户核实，纳入最低生活保障");

        // Her husband comes home: she leaves the ledger, with the reason, and her record stays.
        await page.Locator("#edit-woman").ClickAsync();
        await page.Locator("#exit").ClickAsync();
        await Expect(page.Locator("section #error-reason")).ToBeVisibleAsync();
        await page.Locator("#exit-reason").SelectOptionAsync(ExitReason.HusbandReturned.ToString());
        await page.Locator("#exit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/women/{id}$"));
        var exited = await registry.GetWomanAsync(new GetWomanRequest { Id = id });
        Assert.Equal((LedgerStatus.Exited, ExitReason.HusbandReturned), (exited.Status, exited.Exit.Reason));
    }

    [Fact]
    public async Task A_county_officer_finds_a_woman_eligible_and_not_covered_and_applies_for_her()
    {
        var form = SampleForms.Woman(SampleForms.RuralVillage, name: "冯翠兰");
        form.EconomicStatus = EconomicStatus.MinimumAllowance; // eligible for 最低生活保障, no application yet
        var woman = await new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin"))).CreateWomanAsync(SampleForms.Create(form));

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "county-officer", "/assistance/gaps");
        await Expect(page.Locator("#gaps")).ToContainTextAsync("最低生活保障");
        await page.Locator("#gap-minimum-living-allowance").ClickAsync();
        while (await page.Locator($"#apply-{woman.Id}").CountAsync() == 0 && await page.Locator("#more").CountAsync() > 0)
        {
            await page.Locator("#more").ClickAsync();
        }
        await ConsoleBrowser.AssertAccessibleAsync(page);
        await page.Locator($"#apply-{woman.Id}").ClickAsync();
        await Expect(page.Locator("#applied")).ToContainTextAsync("最低生活保障");
        await Expect(page.Locator($"#apply-{woman.Id}")).ToHaveCountAsync(0);

        var applications = await new Suite.Contracts.Assistance.V1.ApplicationService.ApplicationServiceClient(suite.Channel(ResourceNames.Assistance, suite.Token("civil-affairs", "admin")))
            .ListApplicationsAsync(new Suite.Contracts.Assistance.V1.ListApplicationsRequest { AreaCode = woman.VillageCode, ProgrammeCode = "minimum-living-allowance", PageSize = 500 });
        Assert.Contains(applications.Applications, a => a.WomanId == woman.Id && a.Status == Suite.Contracts.Assistance.V1.ApplicationStatus.Submitted);
    }

    [Fact]
    public async Task A_county_officer_approves_an_application_that_fails_the_rules_only_with_a_reason_and_records_its_payment()
    {
        var submitter = suite.Token("civil-affairs", "admin"); // not the officer who decides (separation of duties)
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "吴淑珍"); // an ordinary household: not eligible for 最低生活保障
        var application = await new Suite.Contracts.Assistance.V1.ApplicationService.ApplicationServiceClient(suite.Channel(ResourceNames.Assistance, submitter))
            .CreateApplicationAsync(new Suite.Contracts.Assistance.V1.CreateApplicationRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), WomanId = woman.Id, ProgrammeCode = "minimum-living-allowance",
            });
        Assert.False(application.Eligible);

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "county-officer", "/assistance");
        await Expect(page.Locator("#applications")).ToContainTextAsync("最低生活保障");
        await page.Locator($"#open-{application.Id}").ClickAsync();
        await page.Locator("#action-审核").ClickAsync();
        await Expect(page.Locator("#application-done")).ToContainTextAsync("审核中");

        await page.Locator("#action-批准").ClickAsync(); // no reason yet: refused, in Chinese
        await Expect(page.Locator("[role=alert]").First).ToContainTextAsync("理由");
        await page.Locator("#reason textarea, textarea#reason").First.FillAsync("因病致贫，经村民代表评议同意");
        await page.Locator("#action-批准").ClickAsync();
        await Expect(page.Locator("#application-done")).ToContainTextAsync("已批准");
        await Expect(page.Locator("#applications")).ToContainTextAsync("不符合（已说明理由批准）");
        await ConsoleBrowser.ScreenshotAsync(page, "assistance-approved");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        // Approved, then paid: activated, its monthly entitlements listed on the application's page and this month's paid.
        await page.Locator($"#open-{application.Id}").ClickAsync();
        await page.Locator("#action-发放").ClickAsync();
        await Expect(page.Locator("#application-done")).ToContainTextAsync("享受中");
        await page.Locator($"a[href='/assistance/applications/{application.Id}']").ClickAsync();
        await ConsoleBrowser.WaitLiveAsync(page);
        await Expect(page.Locator("#application-status")).ToHaveTextAsync("享受中");
        await Expect(page.Locator("#benefits")).ToContainTextAsync("未发放");
        var benefits = new Suite.Contracts.Assistance.V1.BenefitService.BenefitServiceClient(suite.Channel(ResourceNames.Assistance, suite.Token("civil-affairs", "county-officer")));
        var first = (await benefits.ListBenefitsAsync(new Suite.Contracts.Assistance.V1.ListBenefitsRequest { ApplicationId = application.Id })).Benefits[0];
        await page.Locator($"#pay-{first.Id}").ClickAsync();
        await Expect(page.Locator("#benefit-done")).ToContainTextAsync($"{first.Month} 的救助金已记为发放");
        await Expect(page.Locator($"#pay-{first.Id}")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(page, "assistance-benefits");
        await ConsoleBrowser.AssertAccessibleAsync(page);
        Assert.NotNull((await benefits.ListBenefitsAsync(new Suite.Contracts.Assistance.V1.ListBenefitsRequest { ApplicationId = application.Id })).Benefits[0].PaidOn);
    }

    [Fact]
    public async Task The_county_office_takes_a_quarters_snapshot_and_scores_it_and_the_county_leader_reads_the_ranking()
    {
        // The quarter before this one (the supervision flow test takes this one), with a scheme for its year.
        var now = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddMonths(-3);
        var (year, quarter) = (now.Year, (now.Month + 2) / 3);
        await new Suite.Contracts.Supervision.V1.AssessmentService.AssessmentServiceClient(suite.Channel(ResourceNames.Supervision, suite.Token("civil-affairs", "county-officer")))
            .SaveSchemeAsync(new Suite.Contracts.Supervision.V1.SaveSchemeRequest
            {
                Scheme = new Suite.Contracts.Supervision.V1.Scheme
                {
                    CountyCode = SampleForms.County, Year = year,
                    Items = { new Suite.Contracts.Supervision.V1.SchemeItem { Indicator = "registry.survey_verified", Weight = 50, Target = 1 }, new Suite.Contracts.Supervision.V1.SchemeItem { Indicator = "assistance.priority_covered", Weight = 50, Target = 0.95 } },
                },
                Reason = "浏览器测试",
            });

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "county-officer", "/supervision");
        await page.Locator("#year").FillAsync(year.ToString());
        await page.Locator("#quarter").SelectOptionAsync(quarter.ToString());
        await page.Locator("#take-snapshot").ClickAsync();
        await Expect(page.Locator("#supervision-done")).ToContainTextAsync("已采集");
        await Expect(page.Locator("#township-progress")).ToContainTextAsync("林口镇");
        await Expect(page.Locator("#department-progress")).ToContainTextAsync("司法局");
        await page.Locator("#score").ClickAsync();
        await Expect(page.Locator("#supervision-done")).ToContainTextAsync("已按考核方案计分");
        await Expect(page.Locator("#scores")).ToContainTextAsync("满分 50 分");
        await Expect(page.Locator("#score-chart .main-svg").First).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(page, "supervision");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        var leader = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(leader, "government", "county-leader", "/supervision");
        await leader.Locator("#year").FillAsync(year.ToString());
        await leader.Locator("#quarter").SelectOptionAsync(quarter.ToString());
        await leader.Locator("#show").ClickAsync();
        await Expect(leader.Locator("#score-summary")).ToContainTextAsync("林口镇");
        await leader.Locator("#take-snapshot").ClickAsync(); // a leader reads; the service refuses the rest
        await Expect(leader.Locator("[role=alert]").First).ToContainTextAsync("没有权限");
    }

    [Fact]
    public async Task A_federation_officer_sees_the_households_not_reached_and_a_human_resources_officer_the_targets()
    {
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "womens-federation", "township-officer", "/family");
        await Expect(page.Locator("#coverage-total")).ToContainTextAsync("有未满16周岁子女的家庭");
        await Expect(page.Locator("#coverage-by-area")).ToContainTextAsync("东升村");
        await Expect(page.Locator("#coverage-chart .main-svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("[role=alert]")).ToHaveCountAsync(0);
        await ConsoleBrowser.AssertAccessibleAsync(page);

        await new Suite.Contracts.Employment.V1.SupportService.SupportServiceClient(suite.Channel(ResourceNames.Employment, suite.Token("human-resources", "county-officer")))
            .SetTargetAsync(new Suite.Contracts.Employment.V1.SetTargetRequest
            {
                Target = new Suite.Contracts.Employment.V1.Target { AreaCode = SampleForms.Township, Year = DateTime.UtcNow.AddHours(8).Year, TrainingPersonTimes = 300, WomenPlaced = 120 },
            });
        var hr = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(hr, "human-resources", "county-officer", "/employment");
        await Expect(hr.Locator("#targets")).ToContainTextAsync("林口镇");
        await Expect(hr.Locator("#targets")).ToContainTextAsync("/ 300");
        await Expect(hr.Locator("#targets-chart .main-svg").First).ToBeVisibleAsync();
        await ConsoleBrowser.ScreenshotAsync(hr, "employment-targets");
        await ConsoleBrowser.AssertAccessibleAsync(hr);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "county-officer");
        await Expect(page.Locator("#who")).ToContainTextAsync("林口县民政局干部");

        await page.Locator("#sign-out").ClickAsync();
        await page.WaitForURLAsync("**/login");
        await page.GotoAsync("/women");
        await page.WaitForURLAsync("**/login?*");
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录");
    }
}
