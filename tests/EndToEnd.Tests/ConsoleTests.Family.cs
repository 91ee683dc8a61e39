using Microsoft.Playwright;
using Suite.Contracts;
using Suite.Contracts.FamilyEducation.V1;
using Suite.TestSupport;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Suite.EndToEnd.Tests;

/// <summary>Family education's pages: activities and their sign-in sheets, one-to-one guidance and concerns.</summary>
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task A_womens_federation_officer_records_a_parents_school_activity_and_its_sign_in_sheet()
    {
        var mother = await NewWomanAsync(SampleForms.RuralVillage, "沈桂香");
        var venue = await new ActivityService.ActivityServiceClient(suite.Channel(ResourceNames.FamilyEducation, suite.Token("womens-federation", "county-officer")))
            .CreateVenueAsync(new CreateVenueRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Venue = new Venue { Name = "东升村家长学校", Kind = VenueKind.ParentSchool, AreaCode = SampleForms.RuralVillage, Keeper = "李春华" },
            });

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "womens-federation", "county-officer", "/family/activities");
        await Expect(page.Locator($"#venue option[value='{venue.Id}']")).ToHaveCountAsync(1);
        await page.Locator("#record").ClickAsync(); // nothing chosen: refused field by field
        await Expect(page.Locator("#error-venue_id")).ToBeVisibleAsync();

        await page.Locator("#venue").SelectOptionAsync(venue.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#kind").SelectOptionAsync(ActivityKind.Lecture.ToString());
        await page.Locator("#topic input, input#topic").First.FillAsync("留守儿童心理健康");
        await page.Locator("#speaker input, input#speaker").First.FillAsync("县妇联 王老师");
        await page.Locator("#record").ClickAsync();
        await Expect(page.Locator("#activity-recorded")).ToContainTextAsync("留守儿童心理健康");
        await Expect(page.Locator("#activities")).ToContainTextAsync("东升村家长学校");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        // The sign-in sheet, filled on the page: a mother found by name, sent once, counted once however often sent.
        var activity = (await new ActivityService.ActivityServiceClient(suite.Channel(ResourceNames.FamilyEducation, suite.Token("womens-federation", "county-officer")))
            .ListActivitiesAsync(new ListActivitiesRequest { PageSize = 500 })).Activities.First(a => a.VenueId == venue.Id);
        await page.Locator($"#sheet-{activity.Id}").ClickAsync();
        await page.Locator("#sign-in-name input, input#sign-in-name").First.FillAsync("沈桂");
        await page.Locator("#sign-in-search").ClickAsync();
        await page.Locator($"#sign-in-pick-{mother.Id}").ClickAsync();
        await Expect(page.Locator("#sheet-rows")).ToContainTextAsync("沈桂香");
        await page.Locator("#send-sheet").ClickAsync();
        await Expect(page.Locator("#sheet-result")).ToContainTextAsync("新记录 1 人");
        await page.Locator($"#sign-in-pick-{mother.Id}").ClickAsync();
        await page.Locator("#send-sheet").ClickAsync();
        await Expect(page.Locator("#sheet-result")).ToContainTextAsync("此前已签到 1 人");
        await ConsoleBrowser.ScreenshotAsync(page, "family-sign-in");
        await ConsoleBrowser.AssertAccessibleAsync(page);
    }

}
