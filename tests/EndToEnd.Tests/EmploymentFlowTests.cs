using Suite.Contracts;
using Suite.Contracts.Employment.V1;
using Suite.Contracts.Registry.V1;
using Suite.TestSupport;
using Xunit;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.EndToEnd.Tests;

/// <summary>The Employment issue's "done when", under the app host: from a course to the Registry showing her employed.</summary>
[Collection(SuiteCollection.Name)]
public sealed class EmploymentFlowTests(SuiteAppHost suite)
{
    [Fact]
    public async Task A_course_a_certificate_a_mother_post_a_match_and_a_placement_reach_the_Registry_and_the_target()
    {
        var hr = suite.Token("human-resources", "county-officer");
        var registry = new WomenService.WomenServiceClient(suite.Channel(ResourceNames.Registry, suite.Token("civil-affairs", "admin")));
        var form = SampleForms.Woman();
        form.Skills.Add("手工编织");
        var woman = await registry.CreateWomanAsync(SampleForms.Create(form));
        var today = Date.From(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));

        var training = new TrainingService.TrainingServiceClient(suite.Channel(ResourceNames.Employment, hr));
        var course = await training.CreateCourseAsync(new CreateCourseRequest
        {
            RequestId = "e2e-course",
            Course = new Course { Name = "手工编织培训班", Trade = Trade.Handicrafts, Mode = CourseMode.Menu, Provider = "县妇女手工协会", AreaCode = SampleForms.County, StartDate = today, EndDate = today, Hours = 8, Capacity = 10 },
        });
        await training.EnrolWomanAsync(new EnrolWomanRequest { RequestId = "e2e-enrol", CourseId = course.Id, WomanId = woman.Id });
        await training.RecordAttendanceAsync(new RecordAttendanceRequest { CourseId = course.Id, Date = today, WomanIds = { woman.Id } });
        await training.RecordCertificateAsync(new RecordCertificateRequest
        {
            RequestId = "e2e-cert", Certificate = new Certificate { WomanId = woman.Id, CourseId = course.Id, Trade = Trade.Handicrafts, Kind = "培训合格证", Level = "合格", IssuedOn = today, Issuer = "县人社局" },
        });

        var jobs = new JobService.JobServiceClient(suite.Channel(ResourceNames.Employment, hr));
        await jobs.RegisterJobSeekerAsync(new RegisterJobSeekerRequest { WomanId = woman.Id, Status = SeekerStatus.Unemployed, Wish = WorkPattern.HomeBased, Skills = { "手工编织" } });
        var employer = await jobs.CreateEmployerAsync(new CreateEmployerRequest { RequestId = "e2e-employer", Employer = new Employer { Name = "巾帼编织车间", Kind = EmployerKind.Workshop, AreaCode = SampleForms.Township } });
        var post = await jobs.CreatePostAsync(new CreatePostRequest
        {
            RequestId = "e2e-post",
            Post = new Post { EmployerId = employer.Id, Title = "居家编织", Trade = Trade.Handicrafts, AreaCode = woman.VillageCode, MonthlyPayYuan = 3100, Pattern = WorkPattern.HomeBased, Openings = 3, MotherPost = true, DemonstrationSite = "林口镇妈妈岗示范点" },
        });
        var match = await jobs.MatchWomenForPostAsync(new MatchWomenForPostRequest { PostId = post.Id });
        Assert.Equal(woman.Id, match.Matches[0].WomanId);
        await jobs.PlaceWomanAsync(new PlaceWomanRequest { RequestId = "e2e-place", PostId = post.Id, WomanId = woman.Id, StartDate = today });

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await registry.GetWomanAsync(new GetWomanRequest { Id = woman.Id })).EmploymentStatus != EmploymentStatus.Employed)
        {
            Assert.True(DateTime.UtcNow < deadline, "the Registry never showed her employed");
            await Task.Delay(500);
        }
        await new SupportService.SupportServiceClient(suite.Channel(ResourceNames.Employment, hr))
            .SetTargetAsync(new SetTargetRequest { Target = new Target { AreaCode = SampleForms.County, Year = today.Year, TrainingPersonTimes = 1500 } });
        var progress = await new SupportService.SupportServiceClient(suite.Channel(ResourceNames.Employment, hr))
            .GetTargetProgressAsync(new GetTargetProgressRequest { AreaCode = SampleForms.County, Year = today.Year });
        Assert.True(progress.Area.Actual.TrainingPersonTimes >= 1);
        Assert.Equal(1500, progress.Area.Target.TrainingPersonTimes);
    }
}
