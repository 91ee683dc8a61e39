using Microsoft.Playwright;
using Suite.Contracts;
using Suite.Contracts.LegalAid.V1;
using Suite.TestSupport;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Suite.EndToEnd.Tests;

/// <summary>Legal aid's pages beyond the board: what a matter leads to (mediation, a protection order, the police).</summary>
public sealed partial class ConsoleTests
{
    private async Task<Matter> NewMatterAsync(string name, MatterKind kind, string narrative)
    {
        var woman = await NewWomanAsync(SampleForms.RuralVillage, name);
        var matters = new MatterService.MatterServiceClient(suite.Channel(ResourceNames.LegalAid, suite.Token("justice", "county-officer")));
        return await matters.CreateMatterAsync(new CreateMatterRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Channel = Channel.TownshipRightsStation, Kind = kind, WomanId = woman.Id, Narrative = narrative,
        });
    }

    /// <summary>
    /// Presses a form's button that opens what it created, and waits for the address to show it. The address is polled
    /// rather than waited on as a page load: the console moves there inside the live page (no load event), and a clean-
    /// clone CI run twice timed out waiting for a load after the page had moved on.
    /// </summary>
    private static async Task SubmitThenOpenAsync(IPage page, string button, string path)
    {
        await page.Locator(button).ClickAsync();
        try
        {
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(path) + @"\d+$"), new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            Assert.Fail($"{button} did not open {path}: the page is at {page.Url} and says: {await page.Locator("main").InnerTextAsync()}");
        }
    }

    [Fact]
    public async Task A_justice_officer_mediates_a_matter_from_its_page_to_an_agreement()
    {
        var matter = await NewMatterAsync("冯秀英", MatterKind.LandRights, "土地承包经营权被村民小组调整，本人外出期间未通知");

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "justice", "county-officer", $"/legal/matters/{matter.Id}");
        await page.Locator("#open-mediation").ClickAsync(); // no committee or mediator: refused next to the fields
        await Expect(page.Locator("#error-committee")).ToBeVisibleAsync();
        await Expect(page.Locator("#error-mediator")).ToBeVisibleAsync();
        await page.Locator("#committee input, input#committee").First.FillAsync("青山村人民调解委员会");
        await page.Locator("#mediator input, input#mediator").First.FillAsync("王德海");
        await SubmitThenOpenAsync(page, "#open-mediation", "/legal/mediations/");
        await Expect(page.Locator("#mediation")).ToContainTextAsync("调解中");
        await page.Locator("#session-note textarea, textarea#session-note").First.FillAsync("双方到场，村民小组同意补划承包地");
        await page.Locator("#record-session").ClickAsync();
        await Expect(page.Locator("#sessions")).ToContainTextAsync("双方到场，村民小组同意补划承包地");

        await page.Locator("#close-mediation").ClickAsync(); // no result chosen: refused next to the field
        await Expect(page.Locator("#error-agreement")).ToBeVisibleAsync();
        Assert.DoesNotMatch("[A-Za-z]", await page.Locator("#error-agreement").InnerTextAsync());
        await page.Locator("#agreement-choice").SelectOptionAsync(new SelectOptionValue { Label = "达成协议" });
        await page.Locator("#close-mediation").ClickAsync();
        await Expect(page.Locator("#agreement")).ToHaveTextAsync("达成协议");
        await Expect(page.Locator("#close-mediation")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(page, "legal-mediation");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        var id = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        var held = await new MediationService.MediationServiceClient(suite.Channel(ResourceNames.LegalAid, suite.Token("justice", "county-officer")))
            .GetMediationAsync(new GetMediationRequest { Id = id });
        Assert.Equal((matter.Id, Agreement.Reached, 1), (held.MatterId, held.Agreement, held.Sessions.Count));
    }

    [Fact]
    public async Task A_justice_officer_records_a_protection_order_its_violation_and_the_polices_feedback()
    {
        var matter = await NewMatterAsync("褚桂兰", MatterKind.DomesticViolence, "丈夫酒后多次殴打，邻居报警");

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "justice", "county-officer", $"/legal/matters/{matter.Id}");
        // A domestic-violence matter shows its details only for a purpose stated (and audited).
        await Expect(page.Locator("#matter")).Not.ToContainTextAsync("丈夫酒后多次殴打");
        await page.Locator("#purpose input, input#purpose").First.FillAsync("申请人身安全保护令");
        await page.Locator("#read-details").ClickAsync();
        await Expect(page.Locator("#matter")).ToContainTextAsync("丈夫酒后多次殴打");
        await page.Locator("#apply-order").ClickAsync(); // no court: refused next to the field
        await Expect(page.Locator("#error-court")).ToBeVisibleAsync();
        await page.Locator("#court input, input#court").First.FillAsync("县人民法院");
        await SubmitThenOpenAsync(page, "#apply-order", "/legal/orders/");
        await Expect(page.Locator("#order-status")).ToHaveTextAsync("已申请");

        await page.Locator("#issue-order").ClickAsync(); // an issued order needs its measures: refused next to the field
        await Expect(page.Locator("#error-measures")).ToBeVisibleAsync();
        await page.Locator("#measures textarea, textarea#measures").First.FillAsync("禁止被申请人实施家庭暴力\n禁止被申请人接近申请人住所");
        await page.Locator("#issue-order").ClickAsync();
        await Expect(page.Locator("#order-status")).ToHaveTextAsync("已签发");
        await Expect(page.Locator("#order")).ToContainTextAsync("禁止被申请人接近申请人住所");
        await page.Locator("#violation-description textarea, textarea#violation-description").First.FillAsync("被申请人夜间到住所门外叫骂");
        await page.Locator("#record-violation").ClickAsync();
        await Expect(page.Locator("#violations")).ToContainTextAsync("被申请人夜间到住所门外叫骂");
        await ConsoleBrowser.ScreenshotAsync(page, "legal-order");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        // Back on the matter, the violation goes to the police; their answer is recorded on the police page.
        await page.GotoAsync($"/legal/matters/{matter.Id}");
        await ConsoleBrowser.WaitLiveAsync(page);
        await page.Locator("#purpose input, input#purpose").First.FillAsync("移送公安");
        await PressUntilAsync(page, "#read-details", page.Locator("#matter", new() { HasText = "丈夫酒后多次殴打" }));
        await page.Locator("#crime").SelectOptionAsync(new SelectOptionValue { Label = "家庭暴力" });
        await page.Locator("#station input, input#station").First.FillAsync("青山镇派出所");
        await PressUntilAsync(page, "#refer-police", page.Locator("#matter-done", new() { HasText = "已移送青山镇派出所" }));

        await page.GotoAsync("/legal/police");
        await ConsoleBrowser.WaitLiveAsync(page);
        var row = page.Locator("#referrals tr", new() { HasText = $"事项 {matter.Id}" });
        await row.Locator("fluent-button, button").First.ClickAsync();
        await page.Locator("#feedback textarea, textarea#feedback").First.FillAsync("已对被申请人予以训诫并出具告诫书");
        await page.Locator("#record-feedback").ClickAsync();
        await Expect(page.Locator("#feedback-done")).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("已对被申请人予以训诫并出具告诫书");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        var referrals = await new ProtectionService.ProtectionServiceClient(suite.Channel(ResourceNames.LegalAid, suite.Token("justice", "county-officer")))
            .ListPoliceReferralsAsync(new ListPoliceReferralsRequest { PageSize = 100 });
        Assert.Contains(referrals.Referrals, r => r.MatterId == matter.Id && r.Feedback == "已对被申请人予以训诫并出具告诫书");
    }
}
