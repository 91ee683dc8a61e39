using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (no 'playwright install': the NuGet brings its driver, the browser is
/// /usr/bin/chromium, installed with fonts-noto-cjk by scripts/install-prerequisites.sh), pointed at the app host's
/// web console. Screenshots land in artifacts/console/.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "console");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath(), Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser session (its own cookies) on a phone-sized or desk-sized screen.</summary>
    public async Task<IPage> NewPageAsync(Uri console, bool phone = false)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = console.ToString(),
            Locale = "zh-CN",
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        // Offline: nothing but the console itself may be fetched (no CDN for scripts, fonts or charts).
        await page.RouteAsync("**/*", route => route.Request.Url.StartsWith(console.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
            ? route.ContinueAsync() : route.AbortAsync());
        return page;
    }

    /// <summary>Signs in through the development sign-in as one of the development identities and waits for the page to be live.</summary>
    public static async Task SignInAsync(IPage page, string department, string role, string path = "/")
    {
        await page.GotoAsync(path);
        await page.Locator($"#as-{department}-{role}").ClickAsync();
        await WaitLiveAsync(page);
    }

    /// <summary>Waits until the page's server connection is up (a click before it would be lost).</summary>
    public static Task WaitLiveAsync(IPage page) =>
        page.Locator("#interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>Fails with axe's findings when the page has an accessibility violation rated serious or critical.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    /// <summary>The accessibility violations of the page that axe rates serious or critical.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html + " " + string.Join("; ", n.Any.Select(a => a.Message))))})").ToList();
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    private static string ChromiumPath() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed: run scripts/install-prerequisites.sh");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Suite.sln")))
            {
                return directory.FullName;
            }
        }
        return Path.GetTempPath();
    }
}
