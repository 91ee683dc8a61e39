using static Suite.Employment.FunctionalTests.EmploymentSuite;

namespace Suite.Employment.FunctionalTests;

public sealed class StatisticsTests(EmploymentSuite suite) : IClassFixture<EmploymentSuite>
{
    [Fact]
    public async Task Statistics_count_trainees_completion_certificates_posts_placements_and_support()
    {
        var course = await suite.CourseAsync(trade: Trade.Ecommerce);
        var women = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => suite.RegisterAsync()));
        var enrolments = new List<Enrolment>();
        foreach (var w in women)
        {
            enrolments.Add(await suite.Training().EnrolWomanAsync(new EnrolWomanRequest { RequestId = Guid.NewGuid().ToString("N"), CourseId = course.Id, WomanId = w.Id }));
        }
        await suite.Training().CompleteEnrolmentAsync(new CompleteEnrolmentRequest { Id = enrolments[0].Id, Etag = enrolments[0].Etag, Completed = true });
        await suite.Training().RecordCertificateAsync(new RecordCertificateRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Certificate = new Certificate { WomanId = women[0].Id, Trade = Trade.Ecommerce, Kind = "培训合格证", Level = "合格", IssuedOn = Today, Issuer = "县人社局" },
        });
        var stats = await suite.Support().GetEmploymentStatisticsAsync(new GetEmploymentStatisticsRequest { AreaCode = SampleForms.RuralVillage });
        var ecommerce = stats.ByTrade.Single(t => t.Trade == Trade.Ecommerce);
        Assert.Equal((4L, 4L), (ecommerce.Trainees, ecommerce.PersonTimes));
        Assert.True(stats.CompletionRate > 0 && stats.CertificationRate > 0);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => suite.Support(FederationVillage).GetEmploymentStatisticsAsync(new GetEmploymentStatisticsRequest()).ResponseAsync);
        await RpcAssert.InvalidFields(() => suite.Support().SetTargetAsync(new SetTargetRequest { Target = new Target { AreaCode = "2310", Year = 1990, NewPosts = -1 } }).ResponseAsync,
            "target.area_code", "target.year", "target.new_posts");
    }
}
