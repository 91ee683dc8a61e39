using Microsoft.Data.Sqlite;
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


    [Fact]
    public async Task A_womens_federation_officer_pairs_a_household_records_an_overdue_session_and_closes_a_concern()
    {
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "韩凤琴");
        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "womens-federation", "county-officer", "/family/guidance");
        await page.Locator("#pair-name input, input#pair-name").First.FillAsync("韩凤");
        await page.Locator("#pair-search").ClickAsync();
        await page.Locator($"#pair-pick-{woman.Id}").ClickAsync();
        await page.Locator("#create-pairing").ClickAsync(); // no guide yet: refused next to the fields
        await Expect(page.Locator("#error-guide_name")).ToBeVisibleAsync();
        await Expect(page.Locator("#error-guide_kind")).ToBeVisibleAsync();
        await page.Locator("#guide-name input, input#guide-name").First.FillAsync("李春华");
        await page.Locator("#guide-kind").SelectOptionAsync(new SelectOptionValue { Label = "志愿者" });
        await PressUntilAsync(page, "#create-pairing", page.Locator("#guidance-done", new() { HasText = $"已结对：李春华 指导 {woman.Id} 号妇女家庭" }));

        // A week later the first session is overdue (the app host's clock cannot move: the due date is moved back instead).
        await using (var db = new SqliteConnection($"Data Source={Path.Combine(suite.DataDirectory, ResourceNames.FamilyEducationDb + ".db")}"))
        {
            await db.OpenAsync();
            var update = db.CreateCommand();
            update.CommandText = "UPDATE Pairings SET NextSessionDate = date('now', '+8 hours', '-1 day') WHERE WomanId = $woman";
            update.Parameters.AddWithValue("$woman", woman.Id);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }
        await page.ReloadAsync();
        await ConsoleBrowser.WaitLiveAsync(page);
        var row = page.Locator("#overdue tr", new() { HasText = $"一人一档 {woman.Id}" });
        await row.Locator("fluent-button, button").First.ClickAsync();
        await PressUntilAsync(page, "#record-guidance", page.Locator("#error-form")); // no form or topic: refused next to the fields
        await page.Locator("#session-form-kind").SelectOptionAsync(new SelectOptionValue { Label = "入户" });
        await page.Locator($"#topic-{Topic.MentalHealth}").CheckAsync();
        await PressUntilAsync(page, "#record-guidance", page.Locator("#guidance-done", new() { HasText = "已记录指导" }));
        await Expect(row).ToHaveCountAsync(0);

        // A concern raised by the village is closed here with what was done.
        var concern = await new GuidanceService.GuidanceServiceClient(suite.Channel(ResourceNames.FamilyEducation, suite.Token("womens-federation", "village-staff")))
            .RaiseConcernAsync(new RaiseConcernRequest { RequestId = Guid.NewGuid().ToString("N"), WomanId = woman.Id, Kind = ConcernKind.NoAdultAtHome, Severity = Severity.Attention, Narrative = "母亲外出务工期间孩子独自在家" });
        await page.ReloadAsync();
        await ConsoleBrowser.WaitLiveAsync(page);
        await page.Locator($"#close-concern-{concern.Id}").ClickAsync();
        await page.Locator("#resolution input, input#resolution").First.FillAsync("已联系孩子姑姑临时照看，并告知母亲");
        await PressUntilAsync(page, "#close-concern", page.Locator("#concern-done"));
        await Expect(page.Locator($"#close-concern-{concern.Id}")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(page, "family-guidance");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        var closed = await new GuidanceService.GuidanceServiceClient(suite.Channel(ResourceNames.FamilyEducation, suite.Token("womens-federation", "county-officer")))
            .GetConcernAsync(new GetConcernRequest { Id = concern.Id });
        Assert.Equal((false, "已联系孩子姑姑临时照看，并告知母亲"), (closed.Open, closed.Resolution));
    }
}
