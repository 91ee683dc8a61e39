using Microsoft.Playwright;
using Suite.Contracts;
using Suite.Contracts.Employment.V1;
using Suite.TestSupport;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Suite.EndToEnd.Tests;

/// <summary>Employment's pages: courses and enrolment, posts and matching, the women at work and ending a placement.</summary>
public sealed partial class ConsoleTests
{
    [Fact]
    public async Task A_human_resources_officer_enrols_a_woman_found_by_name_in_a_course()
    {
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "蒋翠兰");
        var training = new TrainingService.TrainingServiceClient(suite.Channel(ResourceNames.Employment, suite.Token("human-resources", "county-officer")));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var course = await training.CreateCourseAsync(new CreateCourseRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Course = new Course
            {
                Name = "养老护理员培训班", Trade = Trade.ElderlyCare, Mode = CourseMode.Menu, Provider = "林口县职业技术学校", AreaCode = SampleForms.County,
                StartDate = Suite.Contracts.Common.V1.Date.From(today.AddDays(7)), EndDate = Suite.Contracts.Common.V1.Date.From(today.AddDays(37)), Hours = 60, Capacity = 30,
            },
        });

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "human-resources", "county-officer", "/employment/courses");
        await page.Locator($"#open-{course.Id}").ClickAsync();
        await page.Locator("#enrol-name input, input#enrol-name").First.FillAsync("蒋翠");
        await page.Locator("#enrol-search").ClickAsync();
        await page.Locator($"#enrol-pick-{woman.Id}").ClickAsync();
        await Expect(page.Locator("#enrolled")).ToContainTextAsync("已为 蒋翠兰 报名“养老护理员培训班”");
        await Expect(page.Locator("#courses")).ToContainTextAsync("1 / 30");
        await page.Locator($"#enrol-pick-{woman.Id}").ClickAsync(); // twice: she is enrolled once (the same request)
        await Expect(page.Locator("#enrolled")).ToBeVisibleAsync();
        await Expect(page.Locator("#courses")).ToContainTextAsync("1 / 30");
        await ConsoleBrowser.ScreenshotAsync(page, "employment-courses");
        await ConsoleBrowser.AssertAccessibleAsync(page);

        var record = await training.GetTrainingRecordAsync(new GetTrainingRecordRequest { WomanId = woman.Id });
        Assert.Single(record.Enrolments, e => e.CourseId == course.Id);
    }

    [Fact]
    public async Task A_human_resources_officer_matches_a_mother_post_and_places_the_nearest_woman()
    {
        var jobs = new JobService.JobServiceClient(suite.Channel(ResourceNames.Employment, suite.Token("human-resources", "county-officer")));
        var woman = await NewWomanAsync(SampleForms.RuralVillage, "郑玉芬");
        await jobs.RegisterJobSeekerAsync(new RegisterJobSeekerRequest
        {
            WomanId = woman.Id, Status = SeekerStatus.Unemployed, Wish = WorkPattern.HomeBased, Skills = { "手工编织" },
        });
        var employer = await jobs.CreateEmployerAsync(new CreateEmployerRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Employer = new Employer { Name = "东升村编织车间", Kind = EmployerKind.Workshop, AreaCode = SampleForms.Township },
        });
        var post = await jobs.CreatePostAsync(new CreatePostRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Post = new Post
            {
                EmployerId = employer.Id, Title = "居家草编", Trade = Trade.Handicrafts, AreaCode = woman.VillageCode, MonthlyPayYuan = 2800,
                Pattern = WorkPattern.HomeBased, Openings = 2, MotherPost = true, DemonstrationSite = "东升村妈妈岗示范点",
            },
        });

        var page = await browser.NewPageAsync(Console);
        await ConsoleBrowser.SignInAsync(page, "human-resources", "county-officer", "/employment/posts");
        await Expect(page.Locator("#posts")).ToContainTextAsync("居家草编（妈妈岗）");
        await page.Locator($"#match-{post.Id}").ClickAsync();
        await Expect(page.Locator("#matches")).ToContainTextAsync("意愿相符");
        await ConsoleBrowser.AssertAccessibleAsync(page);
        await page.Locator($"#place-{woman.Id}").ClickAsync();
        await Expect(page.Locator("#placed")).ToContainTextAsync("居家草编");
        await Expect(page.Locator($"#place-{woman.Id}")).ToHaveCountAsync(0);
        await ConsoleBrowser.ScreenshotAsync(page, "employment-posts");

        Assert.Equal(1, (await jobs.GetPostAsync(new GetPostRequest { Id = post.Id })).OpeningsLeft);

        // She leaves the post: ended on the placements page, refused next to the field without a reason.
        await page.GotoAsync("/employment/placements");
        await ConsoleBrowser.WaitLiveAsync(page);
        var placement = (await jobs.ListPlacementsAsync(new ListPlacementsRequest { CurrentOnly = true, PageSize = 500 })).Placements.Single(p => p.WomanId == woman.Id);
        await Expect(page.Locator("#placements")).ToContainTextAsync("居家草编");
        await page.Locator($"#end-{placement.Id}").ClickAsync();
        await page.Locator("#end-placement").ClickAsync();
        await Expect(page.Locator("#error-reason")).ToBeVisibleAsync();
        Assert.DoesNotMatch("[A-Za-z]", await page.Locator("#error-reason").InnerTextAsync());
        await page.Locator("#reason input, input#reason").First.FillAsync("返乡照顾老人");
        await page.Locator("#end-placement").ClickAsync();
        await Expect(page.Locator("#ended")).ToContainTextAsync($"安置 {placement.Id} 已于");
        await Expect(page.Locator($"#end-{placement.Id}")).ToHaveCountAsync(0);
        await ConsoleBrowser.AssertAccessibleAsync(page);
        Assert.Equal("返乡照顾老人", (await jobs.GetPlacementAsync(new GetPlacementRequest { Id = placement.Id })).EndReason);
    }

}
