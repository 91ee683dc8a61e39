using Microsoft.Playwright;

namespace Suite.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (no 'playwright install': the NuGet brings its driver, the browser is
/// /usr/bin/chromium, installed with fonts-noto-cjk by scripts/install-prerequisites.sh), pointed at the app host's
/// web console: the browser of the end-to-end tests and of the console benchmark.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<Chromium> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            return new Chromium(playwright, await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath(), Headless = true }));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A fresh browser session (its own cookies) on a phone-sized or desk-sized screen. Offline, every request that
    /// leaves the console is refused (no CDN for scripts, fonts or charts); that routes each request through Playwright,
    /// which also turns the browser's cache off, so a page load is timed without it.
    /// </summary>
    public async Task<IPage> NewPageAsync(Uri console, bool phone = false, bool offline = true)
    {
        var context = await _browser.NewContextAsync(new()
        {
            BaseURL = console.ToString(),
            Locale = "zh-CN",
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        if (offline)
        {
            await page.RouteAsync("**/*", route => route.Request.Url.StartsWith(console.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
                ? route.ContinueAsync() : route.AbortAsync());
        }
        return page;
    }

    /// <summary>Signs in through the development sign-in as one of the development identities and waits for the page to be live.</summary>
    public static async Task SignInAsync(IPage page, string department, string role, string path = "/")
    {
        await page.GotoAsync(path);
        await page.Locator($"#as-{department}-{role}").ClickAsync();
        await WaitLiveAsync(page);
    }

    /// <summary>
    /// Waits until the page's server connection is up (a click before it would be lost): the layout renders
    /// <c>#interactive</c> once the page runs interactively. Up to a minute: the end-to-end app host runs two
    /// instances of every service, sixteen processes on two shared cores, and a circuit once took longer than 30 s.
    /// </summary>
    public static Task WaitLiveAsync(IPage page) =>
        page.Locator("#interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static string ChromiumPath() =>
        new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("Chromium is not installed: run scripts/install-prerequisites.sh");
}
