using Microsoft.Extensions.DependencyInjection;
using Suite.Community.Infrastructure;
using Suite.Community.Model;
using Suite.Contracts.Common.V1;

namespace Suite.Community.FunctionalTests;

/// <summary>
/// Social organisations and purchased-service projects. Most tests insert the counselling sessions and activities they
/// attach through the service's DbContext (any date and area); women served are counted from sessions and sign-in
/// sheets recorded through the RPCs.
/// </summary>
public sealed class ProjectTests(CommunitySuite suite) : IClassFixture<CommunitySuite>, IDisposable
{
    private const string CodeCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--community", "http://community.test");

    public void Dispose() => _cli.Dispose();

    private OrganisationService.OrganisationServiceClient Organisations(string? token = null) => new(suite.Community.ChannelFor(token ?? CommunitySuite.FederationTownship));

    private VolunteerService.VolunteerServiceClient Volunteers() => new(suite.Community.ChannelFor(CommunitySuite.FederationTownship));

    private static Date Day(int month, int day) => new() { Year = 2026, Month = month, Day = day };

    private static string NewCreditCode() => "52231025" + new string(Enumerable.Range(0, 10).Select(_ => CodeCharacters[Random.Shared.Next(CodeCharacters.Length)]).ToArray());

    private static RegisterOrganisationRequest Register(string code, string area = SampleForms.Township) => new()
    {
        RequestId = Guid.NewGuid().ToString("N"),
        Organisation = new Organisation
        {
            Name = "林口县阳光社会工作服务中心", CreditCode = code, AreaCode = area, Kind = OrganisationKind.SocialWorkAgency, Qualifications = { "民政部门登记", "社会工作服务资质" },
            ContactName = "陈静", ContactPhone = "0453-5678901",
        },
    };

    private async Task<Project> ProjectAsync(long organisationId, string? token = null) =>
        await Organisations(token).CreateProjectAsync(new CreateProjectRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Project = new Project
            {
                OrganisationId = organisationId, BuyingDepartment = "womens-federation", Title = "留守妇女心理关爱项目", BudgetYuan = 200_000, FromDate = Day(1, 1), ToDate = Day(12, 31),
                AreaCode = SampleForms.Township,
                Services =
                {
                    new ServiceQuantity { Kind = ProjectServiceKind.CounsellingSessions, Quantity = 20 }, new ServiceQuantity { Kind = ProjectServiceKind.Activities, Quantity = 6 },
                    new ServiceQuantity { Kind = ProjectServiceKind.VolunteerHours, Quantity = 100 },
                },
            },
        });

    private async Task<Project> NewProjectAsync() => await ProjectAsync((await Organisations().RegisterOrganisationAsync(Register(NewCreditCode()))).Id);

    /// <summary>A counselling session and an activity of any date and area, with no attendance, inserted at a place of the register of that area.</summary>
    private async Task<(long Session, long Activity)> RecordsAsync(string area = SampleForms.Township, int month = 11, int day = 15)
    {
        var place = await suite.PlaceAsync(PlaceKind.CounsellingPoint, area, TestTokens.Admin, "林口镇卫生院心理咨询室");
        using var scope = suite.Community.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var session = new CounsellingSessionRecord { RequestId = Guid.NewGuid().ToString("N"), PointId = place.Id, AreaCode = area, Date = new DateOnly(2026, month, day) };
        var activity = new CommunityActivityRecord { RequestId = Guid.NewGuid().ToString("N"), PlaceId = place.Id, AreaCode = area, Date = new DateOnly(2026, month, day), RegisteredAttendance = 12 };
        db.CounsellingSessions.Add(session);
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
        return (session.Id, activity.Id);
    }

    private Task<Project> AttachAsync(long project, ProjectRecordKind kind, long record) =>
        Organisations().AttachRecordAsync(new AttachRecordRequest { ProjectId = project, RecordKind = kind, RecordId = record }).ResponseAsync;

    [Fact]
    public async Task An_organisation_is_registered_once_read_and_listed_and_its_credit_code_is_unique()
    {
        var request = Register(NewCreditCode());
        var organisation = await Organisations().RegisterOrganisationAsync(request);
        Assert.Equal(organisation.Id, (await Organisations().RegisterOrganisationAsync(request)).Id);
        Assert.Equal(["民政部门登记", "社会工作服务资质"], (await Organisations(CommunitySuite.CivilAffairsCounty).GetOrganisationAsync(new GetOrganisationRequest { Id = organisation.Id })).Qualifications);
        var listed = await Organisations().ListOrganisationsAsync(new ListOrganisationsRequest { Kind = OrganisationKind.SocialWorkAgency, PageSize = 500 });
        Assert.Contains(listed.Organisations, o => o.Id == organisation.Id);

        var duplicate = Register(request.Organisation.CreditCode);
        var ex = await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Organisations().RegisterOrganisationAsync(duplicate).ResponseAsync);
        Assert.Contains(organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), RpcAssert.LocalizedMessage(ex));
    }

    [Theory]
    [InlineData("52231025MJ1234567")]
    [InlineData("52231025MJ123456789")]
    [InlineData("52231025mj1234567X")]
    [InlineData("52231025MI1234567X")]
    [InlineData("52231025MJ1234567Z")]
    public async Task An_organisation_with_a_malformed_credit_code_is_refused_by_field(string code)
    {
        var request = Register(code);
        await RpcAssert.InvalidFields(() => Organisations().RegisterOrganisationAsync(request).ResponseAsync, "organisation.credit_code");
    }

    [Fact]
    public async Task A_project_shows_what_the_records_delivered_and_women_served()
    {
        var project = await NewProjectAsync();
        Assert.All(project.Deliveries, d => Assert.Equal(0, d.Delivered));
        var (session, activity) = await RecordsAsync();
        await AttachAsync(project.Id, ProjectRecordKind.CounsellingSession, session);
        await AttachAsync(project.Id, ProjectRecordKind.Activity, activity);
        await AttachAsync(project.Id, ProjectRecordKind.Activity, activity);

        var woman = await suite.RegisterAsync(name: "郑淑华");
        var team = await Volunteers().CreateTeamAsync(new CreateTeamRequest { RequestId = Guid.NewGuid().ToString("N"), Team = new VolunteerTeam { Name = "林口镇巾帼志愿服务队", AreaCode = SampleForms.RuralVillage, LeaderName = "刘慧" } });
        var member = await Volunteers().AddMemberAsync(new AddTeamMemberRequest { RequestId = Guid.NewGuid().ToString("N"), Member = new TeamMember { TeamId = team.Id, Name = "张丽" } });
        foreach (var hours in new[] { 3.5, 2 })
        {
            await Volunteers().LogServiceHoursAsync(new LogServiceHoursRequest
            {
                RequestId = Guid.NewGuid().ToString("N"),
                Log = new ServiceHoursLog { TeamId = team.Id, MemberId = member.Id, Date = Day(11, 20), Hours = hours, Kind = VolunteerServiceKind.CounsellingSupport, WomenServed = { woman.Id }, ProjectId = project.Id },
            });
        }

        var read = await Organisations(CommunitySuite.CivilAffairsCounty).GetProjectAsync(new GetProjectRequest { Id = project.Id });
        Assert.Equal([(ProjectServiceKind.CounsellingSessions, 20, 1.0), (ProjectServiceKind.Activities, 6, 1.0), (ProjectServiceKind.VolunteerHours, 100, 5.5)],
            read.Deliveries.Select(d => (d.Kind, d.Promised, d.Delivered)));
        Assert.Equal(1, read.WomenServed);
        var listed = await Organisations().ListProjectsAsync(new ListProjectsRequest { BuyingDepartment = "womens-federation", PageSize = 500 });
        Assert.Contains(listed.Projects, p => p.Id == project.Id && p.Services.Count == 3);
        Assert.DoesNotContain((await Organisations().ListProjectsAsync(new ListProjectsRequest { BuyingDepartment = "health", PageSize = 500 })).Projects, p => p.Id == project.Id);
    }

    [Fact]
    public async Task A_projects_women_served_counts_its_counselling_attendees_and_activity_attendees_once_each()
    {
        var project = await NewProjectAsync();
        var (first, second, notServed) = (await suite.RegisterAsync(name: "韩桂兰"), await suite.RegisterAsync(name: "白玉珍"), await suite.RegisterAsync(name: "孟凤霞"));

        var point = await suite.PlaceAsync(PlaceKind.CounsellingPoint, name: "林口镇卫生院心理咨询室");
        await new CounsellingService.CounsellingServiceClient(suite.Community.ChannelFor(CommunitySuite.FederationTownship)).AddCounsellorAsync(new AddCounsellorRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Counsellor = new Counsellor { PointId = point.Id, Subject = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(CommunitySuite.Counsellor).Subject, Name = "赵敏" },
        });
        var counselling = new CounsellingService.CounsellingServiceClient(suite.Community.ChannelFor(CommunitySuite.Counsellor));
        async Task<CounsellingSession> Group(params long[] women) => await counselling.RecordCounsellingSessionAsync(new RecordCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Kind = CounsellingSessionKind.Group, PointId = point.Id, WomanIds = { women }, OtherParticipants = 3,
            Date = CommunitySuite.Today, Topic = CounsellingTopic.LonelinessStress,
        });
        var session = await Group(first.Id);
        await Group(notServed.Id); // a session of no project

        var activities = new CommunityActivityService.CommunityActivityServiceClient(suite.Community.ChannelFor(CommunitySuite.FederationTownship));
        var activity = await activities.CreateActivityAsync(new CreateActivityRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Activity = new Activity { PlaceId = (await suite.PlaceAsync()).Id, Kind = ActivityKind.AntiFraud, Date = CommunitySuite.Today, Topic = "防范电信网络诈骗", Organiser = "林口镇妇联", Capacity = 80 },
        });
        using (var call = activities.ImportSignInSheet())
        {
            var row = 0;
            foreach (var woman in new[] { first, second })
            {
                await call.RequestStream.WriteAsync(new SignInRow { ActivityId = activity.Id, RowNumber = ++row, WomanId = woman.Id, Name = woman.Name });
            }
            await call.RequestStream.CompleteAsync();
            Assert.Equal(2, (await call.ResponseAsync).Recorded);
        }

        Assert.Equal(0, (await Organisations().GetProjectAsync(new GetProjectRequest { Id = project.Id })).WomenServed);
        await AttachAsync(project.Id, ProjectRecordKind.CounsellingSession, session.Id);
        Assert.Equal(1, (await Organisations().GetProjectAsync(new GetProjectRequest { Id = project.Id })).WomenServed);
        var read = await AttachAsync(project.Id, ProjectRecordKind.Activity, activity.Id);
        Assert.Equal(2, read.WomenServed); // the counselling attendee who also signed in to the activity counts once
        Assert.Equal(2, (await Organisations(CommunitySuite.CivilAffairsCounty).GetProjectAsync(new GetProjectRequest { Id = project.Id })).WomenServed);
    }

    [Fact]
    public async Task A_record_attached_elsewhere_outside_the_period_or_outside_the_callers_area_is_refused()
    {
        var project = await NewProjectAsync();
        var other = await NewProjectAsync();
        var (session, _) = await RecordsAsync();
        await AttachAsync(project.Id, ProjectRecordKind.CounsellingSession, session);
        var ex = await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => AttachAsync(other.Id, ProjectRecordKind.CounsellingSession, session));
        Assert.Contains($"已归入项目 {project.Id}", RpcAssert.LocalizedMessage(ex));

        var (_, lastYear) = await RecordsAsync();
        using (var scope = suite.Community.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            (await db.Activities.FindAsync(lastYear))!.Date = new DateOnly(2025, 12, 20);
            await db.SaveChangesAsync();
        }
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => AttachAsync(project.Id, ProjectRecordKind.Activity, lastYear));

        var (elsewhere, _) = await RecordsAsync("231085100");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => AttachAsync(project.Id, ProjectRecordKind.CounsellingSession, elsewhere));
        Assert.Equal(1, (await Organisations().GetProjectAsync(new GetProjectRequest { Id = project.Id })).Deliveries.Single(d => d.Kind == ProjectServiceKind.CounsellingSessions).Delivered);
    }

    [Fact]
    public async Task Acceptance_refuses_a_claim_above_the_records_and_an_accepted_project_is_closed()
    {
        var project = await NewProjectAsync();
        var (session, activity) = await RecordsAsync();
        await AttachAsync(project.Id, ProjectRecordKind.CounsellingSession, session);
        project = await AttachAsync(project.Id, ProjectRecordKind.Activity, activity);

        ServiceQuantity Claim(ProjectServiceKind kind, int quantity) => new() { Kind = kind, Quantity = quantity };
        var tooMuch = new AcceptProjectRequest
        {
            ProjectId = project.Id, Etag = project.Etag,
            Delivered = { Claim(ProjectServiceKind.CounsellingSessions, 1), Claim(ProjectServiceKind.Activities, 6), Claim(ProjectServiceKind.VolunteerHours, 0) },
        };
        var named = await RpcAssert.InvalidFields(() => Organisations().AcceptProjectAsync(tooMuch).ResponseAsync, "delivered[1].quantity");
        Assert.DoesNotContain("delivered[0].quantity", named);
        var unchanged = await Organisations().GetProjectAsync(new GetProjectRequest { Id = project.Id });
        Assert.Equal((ProjectStatus.Running, project.Etag), (unchanged.Status, unchanged.Etag));
        Assert.All(unchanged.Deliveries, d => Assert.False(d.HasClaimed));

        var reported = await Organisations().ReportDeliveryAsync(new ReportDeliveryRequest { ProjectId = project.Id, Etag = project.Etag, Delivered = { Claim(ProjectServiceKind.Activities, 1) } });
        Assert.Equal(1, reported.Deliveries.Single(d => d.Kind == ProjectServiceKind.Activities).Claimed);
        Assert.NotEqual(project.Etag, reported.Etag);
        await RpcAssert.FailsWith(StatusCode.Aborted, () => Organisations().AcceptProjectAsync(new AcceptProjectRequest { ProjectId = project.Id, Etag = project.Etag, Delivered = { tooMuch.Delivered } }).ResponseAsync);
        await RpcAssert.InvalidFields(() => Organisations().AcceptProjectAsync(new AcceptProjectRequest { ProjectId = project.Id, Etag = reported.Etag, Delivered = { Claim(ProjectServiceKind.Activities, 1) } }).ResponseAsync, "delivered");

        var accepted = await Organisations(CommunitySuite.FederationCounty).AcceptProjectAsync(new AcceptProjectRequest
        {
            ProjectId = project.Id, Etag = reported.Etag,
            Delivered = { Claim(ProjectServiceKind.CounsellingSessions, 1), Claim(ProjectServiceKind.Activities, 1), Claim(ProjectServiceKind.VolunteerHours, 0) },
        });
        Assert.Equal(ProjectStatus.Accepted, accepted.Status);
        Assert.Equal(CommunitySuite.Today, accepted.AcceptedDate);

        var (later, _) = await RecordsAsync();
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => AttachAsync(project.Id, ProjectRecordKind.CounsellingSession, later));
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Organisations().ReportDeliveryAsync(new ReportDeliveryRequest { ProjectId = project.Id, Etag = accepted.Etag }).ResponseAsync);
        var team = await Volunteers().CreateTeamAsync(new CreateTeamRequest { RequestId = Guid.NewGuid().ToString("N"), Team = new VolunteerTeam { Name = "林口镇巾帼志愿服务队", AreaCode = SampleForms.Township, LeaderName = "刘慧" } });
        var member = await Volunteers().AddMemberAsync(new AddTeamMemberRequest { RequestId = Guid.NewGuid().ToString("N"), Member = new TeamMember { TeamId = team.Id, Name = "张丽" } });
        await RpcAssert.InvalidFields(() => Volunteers().LogServiceHoursAsync(new LogServiceHoursRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Log = new ServiceHoursLog { TeamId = team.Id, MemberId = member.Id, Date = Day(11, 21), Hours = 2, Kind = VolunteerServiceKind.ActivityHelp, ProjectId = project.Id },
        }).ResponseAsync, "log.project_id");
    }

    [Fact]
    public async Task A_project_with_bad_fields_is_refused_by_field()
    {
        var organisation = await Organisations().RegisterOrganisationAsync(Register(NewCreditCode()));
        var request = new CreateProjectRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Project = new Project
            {
                OrganisationId = organisation.Id, BuyingDepartment = "妇联", Title = "", BudgetYuan = 0, FromDate = Day(6, 1), ToDate = Day(5, 1), AreaCode = SampleForms.Township,
                Services = { new ServiceQuantity { Kind = ProjectServiceKind.Activities, Quantity = 2 }, new ServiceQuantity { Kind = ProjectServiceKind.Activities, Quantity = 0 } },
            },
        };
        await RpcAssert.InvalidFields(() => Organisations().CreateProjectAsync(request).ResponseAsync,
            "project.buying_department", "project.title", "project.budget_yuan", "project.to_date", "project.services[1].kind", "project.services[1].quantity");
        request.Project = new Project(request.Project) { OrganisationId = 999_999, BuyingDepartment = "health", Title = "心理服务", BudgetYuan = 1000, ToDate = Day(7, 1) };
        request.Project.Services.RemoveAt(1);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Organisations().CreateProjectAsync(request).ResponseAsync);
    }

    [Fact]
    public async Task A_health_counsellor_cannot_register_an_organisation_and_village_staff_cannot_buy_services()
    {
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Organisations(CommunitySuite.Counsellor).RegisterOrganisationAsync(Register(NewCreditCode())).ResponseAsync);
        var organisation = await Organisations().RegisterOrganisationAsync(Register(NewCreditCode()));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => ProjectAsync(organisation.Id, CommunitySuite.FederationVillage));
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Organisations(CommunitySuite.CountyLeader).GetOrganisationAsync(new GetOrganisationRequest { Id = organisation.Id }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Organisations().RegisterOrganisationAsync(Register(NewCreditCode(), "231085100")).ResponseAsync);
    }

    [Fact]
    public async Task A_township_officer_keeps_volunteers_and_a_purchased_project_from_the_command_line()
    {
        var woman = await suite.RegisterAsync(name: "冯桂英");
        await _cli.LoginAsync(CommunitySuite.FederationTownship);
        var team = IdAfter(await Run("community", "volunteers", "team-add", "--name", "林口镇巾帼志愿服务队", "--area", SampleForms.Township, "--leader", "刘慧"), "志愿服务队");
        var member = IdAfter(await Run("community", "volunteers", "member-add", "--team", team, "--name", "张丽", "--phone", "13904530001"), "志愿者");
        Assert.Contains("张丽", await Run("community", "volunteers", "members", "--team", team));
        Assert.Contains("志愿服务队", await Run("community", "volunteers", "teams"));

        var code = NewCreditCode();
        var organisation = IdAfter(await Run("community", "organisations", "add", "--name", "林口县阳光社会工作服务中心", "--code", code, "--area", SampleForms.Township,
            "--kind", "社工机构", "--qualification", "民政部门登记", "--contact", "陈静"), "社会组织");
        Assert.Contains(code, await Run("community", "organisations", "list"));
        var project = IdAfter(await Run("community", "organisations", "project-add", "--organisation", organisation, "--department", "womens-federation", "--title", "留守妇女心理关爱项目",
            "--budget", "200000", "--from", "2026-01-01", "--to", "2026-12-31", "--area", SampleForms.Township, "--service", "心理疏导场次=20", "--service", "志愿服务小时=100"), "购买服务项目");
        Assert.Contains("留守妇女心理关爱项目", await Run("community", "organisations", "projects", "--department", "womens-federation"));

        var hours = await Run("community", "volunteers", "hours", "--team", team, "--member", member, "--date", "2026-11-21", "--hours", "2.5", "--kind", "入户走访",
            "--woman", woman.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--project", project);
        Assert.Contains("累计服务 2.5 小时", hours);
        var (session, _) = await RecordsAsync();
        Assert.Contains($"已归入项目 {project}", await Run("community", "organisations", "attach", "--project", project, "--kind", "心理疏导", "--record", session.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var shown = await Run("community", "organisations", "project", "--id", project);
        Assert.Contains("心理疏导场次", shown);
        Assert.Contains("服务妇女 1 人", shown);
        var (code1, _, error) = await _cli.RunAsync("community", "organisations", "accept", "--project", project, "--delivered", "心理疏导场次=2", "--delivered", "志愿服务小时=2");
        Assert.Equal(2, code1);
        Assert.Contains("不能超过记录显示的实际完成量", error);
        Assert.Contains("验收日期 2026-11-22", await Run("community", "organisations", "accept", "--project", project, "--delivered", "心理疏导场次=1", "--delivered", "志愿服务小时=2"));

        var pairing = IdAfter(await Run("community", "volunteers", "pairing-add", "--executive", "周红", "--position", "县妇联执委", "--woman", woman.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--start", "2026-11-01"), "执委手拉手结对");
        Assert.Contains("共联系 1 次，最近一次 2026-11-20", await Run("community", "volunteers", "pairing-contact", "--pairing", pairing, "--date", "2026-11-20", "--form", "电话"));
        var pairings = await Run("community", "volunteers", "pairings");
        Assert.Contains("周红", pairings);
        Assert.Contains("冯桂英", pairings);
        Assert.Contains("2026-11-20", pairings);
    }

    private async Task<string> Run(params string[] args)
    {
        var (code, output, error) = await _cli.RunAsync(args);
        Assert.True(code == 0, $"suite {string.Join(' ', args)} failed: {error}");
        return output;
    }

    private static string IdAfter(string text, string marker) => new(text[(text.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].TrimStart().TakeWhile(char.IsDigit).ToArray());

    /// <summary>Sends each call to the test server of the service its address names.</summary>
    private sealed class HostRouter(CommunitySuite suite) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _registry = new(suite.Registry.Server.CreateHandler());
        private readonly HttpMessageInvoker _community = new(suite.Community.Server.CreateHandler());

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            (request.RequestUri!.Host == "community.test" ? _community : _registry).SendAsync(request, cancellationToken);
    }
}
