using static Suite.Employment.FunctionalTests.EmploymentSuite;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Employment.FunctionalTests;

/// <summary>Every write checks the records it points at (scope and state), and no stored count loses an update under concurrency.</summary>
public sealed class ReferenceAndCounterTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    private static readonly string HrOtherCounty = TestTokens.For("human-resources", "county-officer", SampleForms.OtherCounty, "穆棱人社局干部");

    private Task<Placement> Place(Post post, long womanId, string? token = null) => suite.Jobs(token).PlaceWomanAsync(new PlaceWomanRequest
    {
        RequestId = Guid.NewGuid().ToString("N"), PostId = post.Id, WomanId = womanId, StartDate = Today,
    }).ResponseAsync;

    [Fact]
    public async Task A_woman_is_placed_once_in_a_post_even_by_two_requests_at_the_same_time()
    {
        var post = await suite.PostAsync(SampleForms.RuralVillage, openings: 5);
        var woman = await suite.RegisterAsync();
        var first = await Place(post, woman.Id);
        var again = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Place(post, woman.Id));
        Assert.Contains(first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), again.Status.Detail);

        var other = await suite.RegisterAsync();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                await Place(post, other.Id);
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }));
        Assert.Equal(1, outcomes.Count(o => o == StatusCode.OK));
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Equal(StatusCode.AlreadyExists, o));
        Assert.Equal(3, (await suite.Jobs().GetPostAsync(new GetPostRequest { Id = post.Id })).OpeningsLeft); // two placements, two openings
    }

    [Fact]
    public async Task A_post_or_an_employer_of_another_county_does_not_exist_for_the_write_as_for_the_read()
    {
        var foreign = await suite.PostAsync(SampleForms.OtherCountyVillage, token: HrOtherCounty);
        var woman = await suite.RegisterAsync();
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Jobs().GetPostAsync(new GetPostRequest { Id = foreign.Id }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Place(foreign, woman.Id));
        Assert.Equal(5, (await suite.Jobs(HrOtherCounty).GetPostAsync(new GetPostRequest { Id = foreign.Id })).OpeningsLeft);

        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Jobs().CreatePostAsync(new CreatePostRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Post = new Post { EmployerId = foreign.EmployerId, Title = "家政服务员", Trade = Trade.DomesticService, AreaCode = SampleForms.RuralVillage, MonthlyPayYuan = 3000, Pattern = WorkPattern.FullTime, Openings = 1 },
        }).ResponseAsync);
    }

    [Fact]
    public async Task No_one_is_enrolled_in_a_course_after_its_end()
    {
        var course = await suite.CourseAsync();
        var woman = await suite.RegisterAsync();
        suite.Clock.Advance(TimeSpan.FromDays(40)); // past 2026-12-15
        try
        {
            var refused = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => suite.Training().EnrolWomanAsync(new EnrolWomanRequest
            {
                RequestId = Guid.NewGuid().ToString("N"), CourseId = course.Id, WomanId = woman.Id,
            }).ResponseAsync);
            Assert.Contains("已于 2026-12-15 结束", RpcAssert.LocalizedMessage(refused));
            Assert.Equal(0, (await suite.Training().GetCourseAsync(new GetCourseRequest { Id = course.Id })).Enrolled);
        }
        finally
        {
            suite.Clock.Advance(TimeSpan.FromDays(-40));
        }
    }

    [Fact]
    public async Task Attendance_sheets_of_one_course_sent_at_the_same_time_each_count()
    {
        var course = await suite.CourseAsync();
        var women = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => suite.RegisterAsync()));
        foreach (var woman in women)
        {
            await suite.Training().EnrolWomanAsync(new EnrolWomanRequest { RequestId = Guid.NewGuid().ToString("N"), CourseId = course.Id, WomanId = woman.Id });
        }
        var days = Enumerable.Range(2, 6).Select(d => new Date { Year = 2026, Month = 11, Day = d }).ToList();
        await Task.WhenAll(days.Select(day => suite.Training().RecordAttendanceAsync(new RecordAttendanceRequest
        {
            CourseId = course.Id, Date = day, WomanIds = { women.Select(w => w.Id) },
        }).ResponseAsync));

        foreach (var woman in women)
        {
            var record = await suite.Training().GetTrainingRecordAsync(new GetTrainingRecordRequest { WomanId = woman.Id });
            Assert.Equal(days.Count, record.Enrolments.Single(e => e.CourseId == course.Id).SessionsAttended);
        }
    }
}
