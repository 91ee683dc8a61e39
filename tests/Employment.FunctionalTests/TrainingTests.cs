using static Suite.Employment.FunctionalTests.EmploymentSuite;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Employment.FunctionalTests;

public sealed class TrainingTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    private Task<Enrolment> Enrol(Course course, long womanId, string? token = null) =>
        suite.Training(token).EnrolWomanAsync(new EnrolWomanRequest { RequestId = Guid.NewGuid().ToString("N"), CourseId = course.Id, WomanId = womanId }).ResponseAsync;

    [Fact]
    public async Task A_course_enrols_registered_women_until_it_is_full()
    {
        var course = await suite.CourseAsync(capacity: 2);
        var first = await Enrol(course, (await suite.RegisterAsync()).Id, FederationVillage); // the federation enrols too
        await Enrol(course, (await suite.RegisterAsync()).Id);
        Assert.Equal((EnrolmentStatus.Enrolled, SampleForms.RuralVillage), (first.Status, first.VillageCode));
        Assert.Equal(2, (await suite.Training().GetCourseAsync(new GetCourseRequest { Id = course.Id })).Enrolled);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, async () => await Enrol(course, (await suite.RegisterAsync()).Id));
    }

    [Fact]
    public async Task Concurrent_enrolments_never_overfill_a_course()
    {
        var course = await suite.CourseAsync(capacity: 3);
        var women = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => suite.RegisterAsync()));
        var outcomes = await Task.WhenAll(women.Select(async w =>
        {
            try
            {
                await Enrol(course, w.Id);
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }));
        Assert.Equal(3, outcomes.Count(o => o == StatusCode.OK));
        Assert.All(outcomes.Where(o => o != StatusCode.OK), o => Assert.Equal(StatusCode.FailedPrecondition, o));
        Assert.Equal(3, (await suite.Training().GetCourseAsync(new GetCourseRequest { Id = course.Id })).Enrolled);
    }

    [Fact]
    public async Task A_second_enrolment_of_the_same_woman_names_the_first_and_a_retry_returns_it()
    {
        var course = await suite.CourseAsync();
        var woman = await suite.RegisterAsync();
        var request = new EnrolWomanRequest { RequestId = Guid.NewGuid().ToString("N"), CourseId = course.Id, WomanId = woman.Id };
        var first = await suite.Training().EnrolWomanAsync(request);
        Assert.Equal(first.Id, (await suite.Training().EnrolWomanAsync(request)).Id);
        var again = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Enrol(course, woman.Id));
        Assert.Contains(first.Id.ToString(), again.Status.Detail);
    }

    [Fact]
    public async Task With_the_Registry_down_nothing_is_enrolled_and_an_unknown_woman_is_not_found()
    {
        var course = await suite.CourseAsync();
        var woman = await suite.RegisterAsync();
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => Enrol(course, woman.Id));
        }
        finally
        {
            suite.RegistryUp = true;
        }
        Assert.Equal(0, (await suite.Training().GetCourseAsync(new GetCourseRequest { Id = course.Id })).Enrolled);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Enrol(course, 987654321));
        await RpcAssert.FailsWith(StatusCode.NotFound, () => suite.Training().GetCourseAsync(new GetCourseRequest { Id = 987654 }).ResponseAsync);
    }

    [Fact]
    public async Task Attendance_is_recorded_once_per_session_completion_and_certificates_make_her_record()
    {
        var course = await suite.CourseAsync();
        var woman = await suite.RegisterAsync();
        var enrolment = await Enrol(course, woman.Id);
        var sheet = new RecordAttendanceRequest { CourseId = course.Id, Date = new Date { Year = 2026, Month = 11, Day = 20 }, WomanIds = { woman.Id } };
        Assert.Equal(1, (await suite.Training().RecordAttendanceAsync(sheet)).Recorded);
        Assert.Equal(1, (await suite.Training().RecordAttendanceAsync(sheet)).AlreadyRecorded);
        await RpcAssert.InvalidFields(() => suite.Training().RecordAttendanceAsync(new RecordAttendanceRequest { CourseId = course.Id, Date = sheet.Date, WomanIds = { 424242 } }).ResponseAsync, "woman_ids");
        await RpcAssert.InvalidFields(() => suite.Training().RecordAttendanceAsync(new RecordAttendanceRequest { CourseId = course.Id, Date = new Date { Year = 2026, Month = 10, Day = 1 }, WomanIds = { woman.Id } }).ResponseAsync, "date");

        enrolment = (await suite.Training().GetTrainingRecordAsync(new GetTrainingRecordRequest { WomanId = woman.Id })).Enrolments.Single();
        Assert.Equal(1, enrolment.SessionsAttended);
        enrolment = await suite.Training().CompleteEnrolmentAsync(new CompleteEnrolmentRequest { Id = enrolment.Id, Etag = enrolment.Etag, Completed = true });
        Assert.Equal(EnrolmentStatus.Completed, enrolment.Status);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => suite.Training().CompleteEnrolmentAsync(new CompleteEnrolmentRequest { Id = enrolment.Id, Etag = enrolment.Etag, Completed = false }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => suite.Training().CompleteEnrolmentAsync(new CompleteEnrolmentRequest { Id = enrolment.Id, Etag = "99", Completed = false }).ResponseAsync);

        await suite.Training().RecordCertificateAsync(new RecordCertificateRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Certificate = new Certificate { WomanId = woman.Id, CourseId = course.Id, Trade = Trade.DomesticService, Kind = "职业技能等级证书", Level = "初级工", IssuedOn = Today, Issuer = "牡丹江市职业技能鉴定中心" },
        });
        var record = await suite.Training().GetTrainingRecordAsync(new GetTrainingRecordRequest { WomanId = woman.Id });
        Assert.Equal(("初级工", EnrolmentStatus.Completed), (record.Certificates.Single().Level, record.Enrolments.Single().Status));
    }

    [Fact]
    public async Task Bad_courses_and_certificates_name_their_fields()
    {
        await RpcAssert.InvalidFields(() => suite.Training().CreateCourseAsync(new CreateCourseRequest { RequestId = "c", Course = new Course { AreaCode = "23", Hours = 0, Capacity = 5000 } }).ResponseAsync,
            "course.name", "course.trade", "course.mode", "course.provider", "course.area_code", "course.start_date", "course.hours", "course.capacity");
        await RpcAssert.InvalidFields(() => suite.Training().RecordCertificateAsync(new RecordCertificateRequest { RequestId = "x", Certificate = new Certificate() }).ResponseAsync,
            "certificate.woman_id", "certificate.trade", "certificate.kind", "certificate.level", "certificate.issued_on", "certificate.issuer");
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Training(TestTokens.For("human-resources", "county-officer", SampleForms.OtherCounty)).CreateCourseAsync(new CreateCourseRequest
        {
            RequestId = "other", Course = new Course { Name = "n", Trade = Trade.Planting, Mode = CourseMode.Order, Provider = "p", AreaCode = SampleForms.County, StartDate = Today, EndDate = Today, Hours = 1, Capacity = 1 },
        }).ResponseAsync);
    }
}
