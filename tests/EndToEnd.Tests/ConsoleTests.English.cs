using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Suite.TestSupport;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Suite.EndToEnd.Tests;

/// <summary>The console in English: the switch in the header, the main pages' own words, a service's refusal; then back to Chinese.</summary>
public sealed partial class ConsoleTests
{
    [GeneratedRegex(@"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")]
    private static partial Regex Cjk();

    // The page's own words: the menu, headings, form labels, column titles and field names. Data (women's and places'
    // names) stays Chinese, so neither whole-page text nor a heading that is a woman's name (#card-title) is read.
    private const string OwnWords = """
        () => {
            const own = e => Array.from(e.childNodes).filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join(' ').trim();
            const words = [];
            for (const e of document.querySelectorAll('nav a, h1, h2:not(#card-title), h3, legend, th, [role=columnheader], dt, caption')) words.push(e.innerText.trim());
            for (const e of document.querySelectorAll('label')) words.push(own(e));
            for (const e of document.querySelectorAll('[label]')) words.push(e.getAttribute('label'));
            words.push(document.title);
            return words.filter(w => w && w.length > 0);
        }
        """;

    private static async Task<IReadOnlyList<string>> OwnWordsAsync(IPage page) => await page.EvaluateAsync<string[]>(OwnWords);

    [Fact]
    public async Task An_officer_switches_the_console_to_English_and_back_to_Chinese()
    {
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "孙玉芬");
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "county-officer");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.Locator("#language")).ToHaveTextAsync("English");

        await page.Locator("#language").ClickAsync();
        await ConsoleBrowser.WaitLiveAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#language")).ToHaveTextAsync("中文");
        await Expect(page.Locator("nav")).ToContainTextAsync("Women's ledger");

        foreach (var (path, ready) in new[] { ("/", "[data-count=visits-due]"), ("/women", "#women"), ("/legal", "h1"), ("/assistance", "h1"), ($"/women/{woman.Id}", "#card-title") })
        {
            await page.GotoAsync(path);
            await ConsoleBrowser.WaitLiveAsync(page);
            await Expect(page.Locator(ready).First).ToBeVisibleAsync();
            await Expect(page.Locator("main")).Not.ToContainTextAsync("正在读取");
            var words = await OwnWordsAsync(page);
            Assert.True(words.Count >= 18, $"{path}: only {words.Count} words read");
            var chinese = words.Where(w => Cjk().IsMatch(w)).ToList();
            Assert.True(chinese.Count == 0, $"{path} still says in Chinese: {string.Join(" | ", chinese)}");
        }
        await Expect(page.Locator("#card-title")).ToHaveTextAsync("孙玉芬"); // her name stays as written
        await Expect(page.Locator("h1")).ToHaveTextAsync("Case file");
        await ConsoleBrowser.ScreenshotAsync(page, "case-file-english");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        await page.Locator("#language").ClickAsync();
        await ConsoleBrowser.WaitLiveAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page).ToHaveURLAsync(new Regex($"/women/{woman.Id}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("一人一档");
        await Expect(page.Locator("nav")).ToContainTextAsync("妇女台账");
        await Expect(page.Locator("#language")).ToHaveTextAsync("English");
    }

    [Fact]
    public async Task In_English_a_refused_form_says_why_in_English_next_to_the_field()
    {
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "civil-affairs", "county-officer", "/women/new");
        await page.Locator("#language").ClickAsync();
        await ConsoleBrowser.WaitLiveAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Register a woman");
        await Expect(page.Locator("#township option[value='231025100']")).ToHaveCountAsync(1);

        await page.Locator("#save").ClickAsync(); // nothing filled in: refused field by field, now in English
        await Expect(page.Locator("#error-name")).ToBeVisibleAsync();
        var message = await page.Locator("#error-name").InnerTextAsync();
        Assert.Matches("[A-Za-z]", message);
        Assert.DoesNotMatch(Cjk(), message);
        Assert.DoesNotContain("woman.", message); // the field by its name, not the request's path
        Assert.DoesNotContain(await OwnWordsAsync(page), w => Cjk().IsMatch(w));
        await ConsoleBrowser.ScreenshotAsync(page, "register-woman-refused-english");
    }
}
