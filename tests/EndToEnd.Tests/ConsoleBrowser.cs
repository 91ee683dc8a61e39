using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Suite.Browser;
using Xunit;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// The test classes' browser (<see cref="Chromium"/>: Debian's Chromium under Playwright) pointed at the app host's
/// web console, with the accessibility scan. Screenshots land in artifacts/console/.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    private Chromium? _chromium;

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "console");

    public async Task InitializeAsync()
    {
        // Playwright's 5 s wait for what a page shows is short for a whole suite on two shared cores (a quarter's snapshot
        // reads seven services): the tests wait up to 20 s for a sign before they fail. A bound on waiting, not a speed goal.
        Microsoft.Playwright.Assertions.SetDefaultExpectTimeout(20_000);
        _chromium = await Chromium.LaunchAsync();
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser session (its own cookies) on a phone-sized or desk-sized screen.</summary>
    public Task<IPage> NewPageAsync(Uri console, bool phone = false) => _chromium!.NewPageAsync(console, phone);

    /// <summary>Signs in through the development sign-in as one of the development identities and waits for the page to be live.</summary>
    public static Task SignInAsync(IPage page, string department, string role, string path = "/") => Chromium.SignInAsync(page, department, role, path);

    /// <summary>Waits until the page's server connection is up (a click before it would be lost).</summary>
    public static Task WaitLiveAsync(IPage page) => Chromium.WaitLiveAsync(page);

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
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
    }

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
