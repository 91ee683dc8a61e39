using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Suite.Casework;
using Suite.Community.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Date = Suite.Contracts.Common.V1.Date;

namespace Suite.Community.FunctionalTests;

/// <summary>
/// Counselling (心理疏导): counsellors of a point, bookings, individual and group sessions with attendance, follow-ups;
/// the notes only for the point's counsellors, every refusal on the session's audit record.
/// </summary>
public sealed class CounsellingTests(CommunitySuite suite) : IClassFixture<CommunitySuite>, IDisposable
{
    private const string Notes = "丈夫外出务工三年，独自照顾两个孩子和婆婆，近月失眠。\n下次约在周三上午。";

    // A second counsellor of the same township, with their own subject: listed at another point.
    private static readonly string OtherCounsellor = TestTokens.For("health", "counsellor", SampleForms.Township, "林口镇卫生院心理咨询师乙", subject: "health/counsellor/second");

    private readonly CliRunner _cli = new(() => new HostRouter(suite), suite.Clock, "--registry", "http://registry.test", "--community", "http://community.test");

    public void Dispose() => _cli.Dispose();

    private CounsellingService.CounsellingServiceClient Client(string? token = null) => new(suite.Community.ChannelFor(token ?? CommunitySuite.Counsellor));

    private static string Subject(string token) => new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Subject;

    /// <summary>A counselling point of the sample township with the sample counsellor listed.</summary>
    private async Task<Place> PointAsync(string? counsellor = null, string name = "林口镇卫生院心理咨询室")
    {
        var point = await suite.PlaceAsync(PlaceKind.CounsellingPoint, name: name);
        await Client(CommunitySuite.FederationTownship).AddCounsellorAsync(new AddCounsellorRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Counsellor = new Counsellor { PointId = point.Id, Subject = Subject(counsellor ?? CommunitySuite.Counsellor), Name = "赵敏", Qualification = "国家二级心理咨询师" },
        });
        return point;
    }

    private static Date Day(int day, int month = 11) => new() { Year = 2026, Month = month, Day = day };

    private async Task<CounsellingSession> GroupAsync(Place point, params long[] women) =>
        await Client().RecordCounsellingSessionAsync(new RecordCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Kind = CounsellingSessionKind.Group, PointId = point.Id, WomanIds = { women }, OtherParticipants = 5,
            Date = Day(20), Topic = CounsellingTopic.LonelinessStress, Notes = Notes, FollowUpDate = Day(4, 12),
        });

    [Fact]
    public async Task A_counsellor_is_listed_at_a_point_and_records_a_group_session_with_its_attendance_once()
    {
        var point = await PointAsync();
        var counsellors = await Client().ListCounsellorsAsync(new ListCounsellorsRequest { PointId = point.Id });
        Assert.Equal(Subject(CommunitySuite.Counsellor), Assert.Single(counsellors.Counsellors).Subject);

        var first = await suite.RegisterAsync(name: "王秀英");
        var second = await suite.RegisterAsync(SampleForms.OtherRuralVillage, name: "李桂香");
        var request = new RecordCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Kind = CounsellingSessionKind.Group, PointId = point.Id, WomanIds = { first.Id, second.Id }, OtherParticipants = 6,
            Date = Day(21), Topic = CounsellingTopic.LonelinessStress, Notes = Notes, FollowUpDate = Day(5, 12),
        };
        var session = await Client().RecordCounsellingSessionAsync(request);
        Assert.Equal(session.Id, (await Client().RecordCounsellingSessionAsync(request)).Id);

        var read = await Client(CommunitySuite.FederationTownship).GetCounsellingSessionAsync(new GetCounsellingSessionRequest { Id = session.Id });
        Assert.Equal([first.Id, second.Id], read.WomanIds.Order());
        Assert.Equal((CounsellingSessionKind.Group, 6, SampleForms.Township, true), (read.Kind, read.OtherParticipants, read.AreaCode, read.HasNotes));
        Assert.DoesNotContain("失眠", read.ToString()); // the fact of a session, never what was said

        var listed = await Client(CommunitySuite.FederationCounty).ListCounsellingSessionsAsync(new ListCounsellingSessionsRequest { PointId = point.Id, FromDate = Day(1), ToDate = Day(30) });
        Assert.Equal(session.Id, Assert.Single(listed.Sessions).Id);
        Assert.DoesNotContain("失眠", listed.ToString());
        Assert.Empty((await Client().ListCounsellingSessionsAsync(new ListCounsellingSessionsRequest { PointId = point.Id, ToDate = Day(20) })).Sessions);
    }

    [Fact]
    public async Task An_individual_session_holds_its_booking_and_its_follow_up_is_due_until_she_is_booked_again()
    {
        var point = await PointAsync();
        var woman = await suite.RegisterAsync(name: "陈淑芬");
        var booking = await Client().BookCounsellingSessionAsync(new BookCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), PointId = point.Id, WomanId = woman.Id, Date = CommunitySuite.Today, Source = CounsellingSource.Visit,
        });
        Assert.Equal((CounsellingBookingStatus.Booked, SampleForms.RuralVillage), (booking.Status, booking.VillageCode));
        var due = await Client(CommunitySuite.FederationTownship).ListCounsellingFollowUpsAsync(new ListCounsellingFollowUpsRequest { PageSize = 500 });
        Assert.Contains(due.FollowUps, f => f.Kind == CounsellingFollowUpKind.Booking && f.Id == booking.Id && f.WomanId == woman.Id && !f.Overdue);
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Client().BookCounsellingSessionAsync(new BookCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), PointId = point.Id, WomanId = woman.Id, Date = Day(25), Source = CounsellingSource.Self,
        }).ResponseAsync);

        var record = new RecordCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Kind = CounsellingSessionKind.Individual, BookingId = booking.Id, Date = CommunitySuite.Today,
            Topic = CounsellingTopic.FamilyRelations, Notes = Notes, FollowUpDate = Day(6, 12),
        };
        var session = await Client().RecordCounsellingSessionAsync(record);
        Assert.Equal((booking.Id, point.Id), (session.BookingId, session.PointId));
        Assert.Equal(woman.Id, Assert.Single(session.WomanIds));
        record.RequestId = Guid.NewGuid().ToString("N");
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Client().RecordCounsellingSessionAsync(record).ResponseAsync);

        var now = await Client().ListCounsellingFollowUpsAsync(new ListCounsellingFollowUpsRequest { PageSize = 500 });
        Assert.DoesNotContain(now.FollowUps, f => f.Id == booking.Id && f.Kind == CounsellingFollowUpKind.Booking);
        Assert.DoesNotContain(now.FollowUps, f => f.Id == session.Id && f.Kind == CounsellingFollowUpKind.Session);
        var fortnight = await Client().ListCounsellingFollowUpsAsync(new ListCounsellingFollowUpsRequest { WithinDays = 14, PageSize = 500 });
        Assert.Contains(fortnight.FollowUps, f => f.Kind == CounsellingFollowUpKind.Session && f.Id == session.Id && f.WomanId == woman.Id && f.DueDate.Equals(Day(6, 12)));

        await Client().BookCounsellingSessionAsync(new BookCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), PointId = point.Id, WomanId = woman.Id, Date = Day(6, 12), Source = CounsellingSource.Other,
        });
        Assert.True((await Client().GetCounsellingSessionAsync(new GetCounsellingSessionRequest { Id = session.Id })).FollowedUp);
        var after = await Client().ListCounsellingFollowUpsAsync(new ListCounsellingFollowUpsRequest { WithinDays = 14, PageSize = 500 });
        Assert.DoesNotContain(after.FollowUps, f => f.Kind == CounsellingFollowUpKind.Session && f.Id == session.Id);
    }

    [Fact]
    public async Task The_points_counsellor_reads_the_notes()
    {
        var point = await PointAsync();
        var session = await GroupAsync(point, (await suite.RegisterAsync()).Id);
        var notes = await Client().GetSessionNotesAsync(new GetSessionNotesRequest { SessionId = session.Id });
        Assert.Equal(Notes, notes.Notes);
    }

    [Fact]
    public async Task Notes_are_refused_to_the_federation_civil_affairs_the_admin_and_a_counsellor_of_another_point_and_every_refusal_is_audited()
    {
        var point = await PointAsync();
        await PointAsync(OtherCounsellor, name: "林口镇东升村卫生室心理咨询点");
        var session = await GroupAsync(point, (await suite.RegisterAsync()).Id);
        var refused = new[] { CommunitySuite.FederationTownship, CommunitySuite.CivilAffairsCounty, TestTokens.Admin, OtherCounsellor };
        foreach (var token in refused)
        {
            var ex = await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Client(token).GetSessionNotesAsync(new GetSessionNotesRequest { SessionId = session.Id }).ResponseAsync);
            Assert.DoesNotContain("失眠", ex.Status.Detail);
        }
        var listed = await Assert.ThrowsAsync<RpcException>(() => Client(OtherCounsellor).GetSessionNotesAsync(new GetSessionNotesRequest { SessionId = session.Id }).ResponseAsync);
        Assert.Contains("只有心理咨询点", RpcAssert.LocalizedMessage(listed));
        await Client().GetSessionNotesAsync(new GetSessionNotesRequest { SessionId = session.Id });

        var auditor = new AuditService.AuditServiceClient(suite.Community.ChannelFor(TestTokens.Auditor));
        var records = (await auditor.QueryAuditRecordsAsync(new QueryAuditRecordsRequest { Resource = $"counselling-session:{session.Id}" })).Records
            .Where(r => r.Action.EndsWith("/GetSessionNotes", StringComparison.Ordinal)).ToList();
        Assert.Contains(records, r => r.Department == "womens-federation" && r.Outcome == "PERMISSION_DENIED");
        Assert.Contains(records, r => r.Department == "civil-affairs" && r.Role == "county-officer" && r.Outcome == "PERMISSION_DENIED");
        Assert.Contains(records, r => r.Role == "admin" && r.Outcome == "PERMISSION_DENIED");
        Assert.Contains(records, r => r.Subject == "health/counsellor/second" && r.Outcome == "PERMISSION_DENIED");
        Assert.Contains(records, r => r.Subject == Subject(CommunitySuite.Counsellor) && r.Outcome == "OK");
    }

    [Fact]
    public async Task A_woman_outside_the_callers_area_is_not_found_and_nothing_is_written()
    {
        var point = await PointAsync();
        var outside = await suite.RegisterAsync(SampleForms.OtherCountyVillage, name: "周玉兰");
        var inside = await suite.RegisterAsync(name: "吴桂芝");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Client().BookCounsellingSessionAsync(new BookCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), PointId = point.Id, WomanId = outside.Id, Date = CommunitySuite.Today, Source = CounsellingSource.Self,
        }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.NotFound, () => GroupAsync(point, inside.Id, outside.Id));
        Assert.Empty((await Client().ListCounsellingSessionsAsync(new ListCounsellingSessionsRequest { PointId = point.Id })).Sessions);
        var other = await suite.PlaceAsync(PlaceKind.CounsellingPoint, area: "231085100", token: TestTokens.Admin, name: "穆棱镇卫生院心理咨询室");
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Client().ListCounsellorsAsync(new ListCounsellorsRequest { PointId = other.Id }).ResponseAsync);
    }

    [Fact]
    public async Task With_the_Registry_down_a_booking_or_a_session_is_unavailable_and_nothing_is_written()
    {
        var point = await PointAsync();
        var woman = await suite.RegisterAsync();
        var book = new BookCounsellingSessionRequest { RequestId = Guid.NewGuid().ToString("N"), PointId = point.Id, WomanId = woman.Id, Date = CommunitySuite.Today, Source = CounsellingSource.Self };
        suite.RegistryUp = false;
        try
        {
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => Client().BookCounsellingSessionAsync(book).ResponseAsync);
            await RpcAssert.FailsWith(StatusCode.Unavailable, () => GroupAsync(point, woman.Id));
        }
        finally
        {
            suite.RegistryUp = true;
        }
        Assert.Empty((await Client().ListCounsellingSessionsAsync(new ListCounsellingSessionsRequest { PointId = point.Id })).Sessions);
        var due = await Client().ListCounsellingFollowUpsAsync(new ListCounsellingFollowUpsRequest { PageSize = 500 });
        Assert.DoesNotContain(due.FollowUps, f => f.PointId == point.Id);
        Assert.Equal(CounsellingBookingStatus.Booked, (await Client().BookCounsellingSessionAsync(book)).Status);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_a_place_that_is_not_a_counselling_point_is_refused()
    {
        await RpcAssert.InvalidFields(() => Client().BookCounsellingSessionAsync(new BookCounsellingSessionRequest { Date = Day(1), ReferralId = -1 }).ResponseAsync,
            "request_id", "point_id", "woman_id", "date", "source", "referral_id");
        await RpcAssert.InvalidFields(() => Client().RecordCounsellingSessionAsync(new RecordCounsellingSessionRequest
        {
            RequestId = "r", Kind = CounsellingSessionKind.Group, BookingId = 3, WomanIds = { 0 }, OtherParticipants = 0, Date = Day(23), Topic = CounsellingTopic.Unspecified,
            Notes = new string('记', 2001),
        }).ResponseAsync, "booking_id", "point_id", "woman_ids", "date", "topic", "notes");
        var fields = await RpcAssert.InvalidFields(() => Client().RecordCounsellingSessionAsync(new RecordCounsellingSessionRequest
        {
            RequestId = "r", Kind = CounsellingSessionKind.Individual, WomanIds = { 5 }, OtherParticipants = 2, Date = Day(21), Topic = CounsellingTopic.Parenting, FollowUpDate = Day(21),
        }).ResponseAsync, "booking_id", "woman_ids", "other_participants", "follow_up_date");
        Assert.DoesNotContain("date", fields);
        await RpcAssert.InvalidFields(() => Client().AddCounsellorAsync(new AddCounsellorRequest { RequestId = "r", Counsellor = new Counsellor { Qualification = new string('资', 101) } }).ResponseAsync,
            "counsellor.point_id", "counsellor.subject", "counsellor.name", "counsellor.qualification");
        await RpcAssert.InvalidFields(() => Client().ListCounsellingFollowUpsAsync(new ListCounsellingFollowUpsRequest { WithinDays = 61 }).ResponseAsync, "within_days");

        var home = await suite.PlaceAsync(PlaceKind.WomensHome);
        await RpcAssert.FailsWith(StatusCode.FailedPrecondition, () => Client().AddCounsellorAsync(new AddCounsellorRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Counsellor = new Counsellor { PointId = home.Id, Subject = "health/counsellor/x", Name = "钱芳" },
        }).ResponseAsync);
        var point = await PointAsync();
        await RpcAssert.FailsWith(StatusCode.AlreadyExists, () => Client(CommunitySuite.FederationTownship).AddCounsellorAsync(new AddCounsellorRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Counsellor = new Counsellor { PointId = point.Id, Subject = Subject(CommunitySuite.Counsellor), Name = "赵敏" },
        }).ResponseAsync);
        await RpcAssert.FailsWith(StatusCode.PermissionDenied, () => Client(CommunitySuite.CountyLeader).ListCounsellingFollowUpsAsync(new ListCounsellingFollowUpsRequest()).ResponseAsync);
    }

    [Fact]
    public async Task A_booking_accepts_the_referral_received_for_her_and_her_session_closes_it()
    {
        var point = await PointAsync();
        var woman = await suite.RegisterAsync(name: "孙丽华");
        var someoneElse = await suite.RegisterAsync(name: "郑小红");
        var referralId = await ReceivedReferralAsync(woman);
        var book = new BookCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), PointId = point.Id, WomanId = someoneElse.Id, Date = Day(24), Source = CounsellingSource.LegalAid, ReferralId = referralId,
        };
        await RpcAssert.InvalidFields(() => Client().BookCounsellingSessionAsync(book).ResponseAsync, "referral_id");
        book.ReferralId = 999_999;
        await RpcAssert.FailsWith(StatusCode.NotFound, () => Client().BookCounsellingSessionAsync(book).ResponseAsync);

        book.WomanId = woman.Id;
        book.ReferralId = referralId;
        var booking = await Client().BookCounsellingSessionAsync(book);
        Assert.Equal(referralId, booking.ReferralId);
        var referrals = new ReferralService.ReferralServiceClient(suite.Community.ChannelFor(CommunitySuite.Counsellor));
        var accepted = await referrals.GetReferralAsync(new GetReferralRequest { Id = referralId });
        Assert.Equal((ReferralStatus.Accepted, "林口镇卫生院心理咨询师"), (accepted.Status, accepted.OwnerName));

        await Client().RecordCounsellingSessionAsync(new RecordCounsellingSessionRequest
        {
            RequestId = Guid.NewGuid().ToString("N"), Kind = CounsellingSessionKind.Individual, BookingId = booking.Id, Date = CommunitySuite.Today, Topic = CounsellingTopic.DomesticViolenceAftercare,
        });
        var done = await referrals.GetReferralAsync(new GetReferralRequest { Id = referralId });
        Assert.Equal((ReferralStatus.Done, ReferralOutcome.Helped), (done.Status, done.Outcome));
    }

    /// <summary>A referral for psychological support as Community's inbox holds it once received from Legal aid.</summary>
    private async Task<long> ReceivedReferralAsync(Suite.Contracts.Registry.V1.Woman woman)
    {
        using var scope = suite.Community.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var now = suite.Clock.GetUtcNow().UtcDateTime;
        var referral = new ReferralRecord
        {
            Sent = false, Source = ResourceNames.LegalAid, Target = ResourceNames.Community, RemoteId = Random.Shared.NextInt64(1, long.MaxValue), WomanId = woman.Id,
            VillageCode = woman.VillageCode, Reason = ReferralReason.Other, Needs = [ReferralNeed.PsychologicalSupport], Urgency = ReferralUrgency.Routine,
            DueDate = new DateOnly(2026, 12, 6), CreatedBy = "service:legalaid", CreatedAt = now, Version = 1,
        };
        referral.MoveTo(ReferralStatus.Received, now);
        db.Add(referral);
        await db.SaveChangesAsync();
        return referral.Id;
    }

    [Fact]
    public async Task The_cli_adds_a_counsellor_books_records_lists_and_reads_notes_in_Chinese_and_refuses_others()
    {
        var point = await suite.PlaceAsync(PlaceKind.CounsellingPoint, name: "林口镇卫生院心理咨询室");
        var woman = await suite.RegisterAsync(name: "刘桂珍");
        var other = await suite.RegisterAsync(SampleForms.OtherRuralVillage, name: "马秀兰");
        await _cli.LoginAsync(CommunitySuite.FederationTownship);
        Assert.Contains("赵敏", await Run("community", "counselling", "counsellor-add", "--point", Id(point.Id), "--subject", Subject(CommunitySuite.Counsellor), "--name", "赵敏",
            "--qualification", "国家二级心理咨询师"));
        Assert.Contains("国家二级心理咨询师", await Run("community", "counselling", "counsellors", "--point", Id(point.Id)));

        await _cli.LoginAsync(CommunitySuite.Counsellor);
        var booked = await Run("community", "counselling", "book", "--point", Id(point.Id), "--woman", Id(woman.Id), "--date", "2026-11-22", "--source", "探访");
        var booking = IdAfter(booked, "预约");
        var follow = await Run("community", "counselling", "follow-ups");
        Assert.Contains("刘桂珍", follow);
        var recorded = await Run("community", "counselling", "record", "--booking", booking, "--date", "2026-11-22", "--topic", "孤独与压力", "--notes", "情绪低落，睡眠差", "--follow-up", "2026-12-01");
        var session = IdAfter(recorded, "心理疏导记录");
        Assert.Contains("团体辅导", await Run("community", "counselling", "record", "--point", Id(point.Id), "--woman", Id(woman.Id), "--woman", Id(other.Id), "--others", "4",
            "--date", "2026-11-21", "--topic", "子女教养"));
        var sessions = await Run("community", "counselling", "sessions", "--point", Id(point.Id));
        Assert.Contains("个体疏导", sessions);
        Assert.Contains("孤独与压力", sessions);
        Assert.DoesNotContain("睡眠差", sessions);
        Assert.Contains("情绪低落，睡眠差", await Run("community", "counselling", "notes", "--session", session));

        await _cli.LoginAsync(CommunitySuite.FederationTownship);
        var (code, output, error) = await _cli.RunAsync("community", "counselling", "notes", "--session", session);
        Assert.NotEqual(0, code);
        Assert.DoesNotContain("睡眠差", output + error);
        Assert.Contains("没有权限", error);
    }

    private async Task<string> Run(params string[] args)
    {
        var (code, output, error) = await _cli.RunAsync(args);
        Assert.True(code == 0, $"suite {string.Join(' ', args)} failed: {error}");
        return output;
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
