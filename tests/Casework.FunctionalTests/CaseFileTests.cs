using Grpc.Net.Client;
using Suite.CaseFile;

namespace Suite.Casework.FunctionalTests;

/// <summary>
/// One woman's case file (一人一档): her card and her records from all five services, as the caller may see them; a
/// service that cannot be reached is a section that says so, and the others still answer.
/// </summary>
[Collection(FiveServicesCollection.Name)]
public sealed class CaseFileTests(FiveServices suite) : IDisposable
{
    private readonly CliRunner _cli = new(() => new ServiceRouter(suite), suite.Clock,
        "--registry", "http://registry.test", "--assistance", "http://assistance.test", "--legalaid", "http://legalaid.test",
        "--employment", "http://employment.test", "--familyeducation", "http://familyeducation.test", "--community", "http://community.test");

    public void Dispose()
    {
        suite.Down.Clear();
        _cli.Dispose();
    }

    private CaseFileReader Reader(string token) => new(service => suite.Down.Contains(service)
        ? GrpcChannel.ForAddress("http://127.0.0.1:1").CreateCallInvoker()
        : suite.Channel(service, token).CreateCallInvoker(), () => []);

    [Fact]
    public async Task The_case_file_brings_her_card_and_every_departments_records_together()
    {
        var woman = await WomanRecordsTests.WithRecordsEverywhereAsync(suite);
        var file = await Reader(TestTokens.Admin).ReadAsync(woman.Id, CancellationToken.None);
        Assert.Equal(woman.Id, file.Card!.Id);
        Assert.Equal(EventStreams.Services, file.Sections.Select(s => s.Service));
        Assert.All(file.Sections, s => Assert.Equal(SectionState.Answered, s.State));
        var kinds = file.Sections.SelectMany(s => s.Records.Select(r => r.Kind)).ToHashSet();
        Assert.Superset(new HashSet<string> { "visit", "application", "matter", "job_seeker", "concern" }, kinds);
    }

    [Fact]
    public async Task A_department_that_is_down_is_a_section_that_says_so_and_the_others_answer()
    {
        var woman = await WomanRecordsTests.WithRecordsEverywhereAsync(suite);
        suite.Down.Add(ResourceNames.Employment);
        var file = await Reader(FiveServices.FederationCounty).ReadAsync(woman.Id, CancellationToken.None);
        Assert.NotNull(file.Card);
        Assert.Equal(SectionState.Unavailable, file.Sections.Single(s => s.Service == ResourceNames.Employment).State);
        var legal = file.Sections.Single(s => s.Service == ResourceNames.LegalAid);
        Assert.Equal(SectionState.Answered, legal.State);
        Assert.DoesNotContain(legal.Records, r => r.Summary.Contains("家庭暴力")); // the federation may not see it

        var (code, output, error) = await _cli.RunAsync("women", "case", woman.Id.ToString(), "--token", FiveServices.FederationCounty);
        Assert.True(code == 0, error);
        Assert.Contains(woman.Name, output);
        Assert.Contains("就业培训", output);
        Assert.Contains("该部门服务暂时无法连接；其他部门的记录如下。", output);
        Assert.Contains("法律援助", output);
        Assert.Contains("维权事项", output);
        Assert.Contains("儿童监护关注", output);
        Assert.DoesNotContain("家庭暴力", output);
    }

    [Fact]
    public async Task The_command_shows_each_department_in_Chinese_and_says_where_the_caller_may_not_read()
    {
        var woman = await WomanRecordsTests.WithRecordsEverywhereAsync(suite);
        var (code, output, error) = await _cli.RunAsync("women", "case", woman.Id.ToString(), "--token", FiveServices.JusticeCounty);
        Assert.True(code == 0, error);
        Assert.Contains("家庭暴力", output); // justice may
        Assert.Contains("维权事项", output);
        Assert.DoesNotContain("APPLICATION_STATUS", output);
        Assert.DoesNotContain("matter", output);
    }
}
