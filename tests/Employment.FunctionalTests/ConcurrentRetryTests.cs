namespace Suite.Employment.FunctionalTests;

/// <summary>Concurrent retries of one create (the same request_id) all answer with what the first created.</summary>
public sealed class ConcurrentRetryTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    [Fact]
    public async Task Concurrent_retries_of_an_enrolment_return_the_first_enrolment()
    {
        var woman = await suite.RegisterAsync();
        var course = await suite.CourseAsync();
        var request = new EnrolWomanRequest { RequestId = "race-" + Guid.NewGuid().ToString("N"), CourseId = course.Id, WomanId = woman.Id };
        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => (await suite.Training().EnrolWomanAsync(request)).Id));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, (await suite.Training().GetCourseAsync(new GetCourseRequest { Id = course.Id })).Enrolled);
    }
}
