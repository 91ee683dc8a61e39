using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Community.Infrastructure;
using Suite.Community.Model;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.Community.V1;
using Suite.Domain;
using Suite.Events;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Date = Suite.Contracts.Common.V1.Date;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>
/// Counselling (心理疏导): a point's counsellors, bookings of registered women, individual and group sessions and their
/// follow-ups. A session's notes are sealed at rest and read only by a counsellor of its point (<see cref="NotesAsync"/>);
/// nothing else shows more than the fact of a session. A booking that names a referral received by Community accepts
/// it, and the session that holds the booking closes it (helped): both answers go back in the change's own transaction.
/// </summary>
public sealed class CounsellingDesk(CommunityDbContext db, RegistryWomen registry, CurrentCaller caller, FieldProtector protector, OutboxSignal signal, TimeProvider clock)
{
    public const string CounsellorType = "suite.community.v1.Counsellor";
    public const string BookingType = "suite.community.v1.CounsellingBooking";
    public const string SessionType = "suite.community.v1.CounsellingSession";
    private const string NotesField = "counselling_session.notes";

    public async Task<Counsellor> AddCounsellorAsync(AddCounsellorRequest request, CancellationToken ct)
    {
        CounsellingValidator.Validate(request);
        var c = request.Counsellor;
        var (counsellor, _) = await db.CreateOnceAsync<CounsellorRecord>(x => x.RequestId == request.RequestId, async () =>
        {
            var point = await PointAsync(c.PointId, "counsellor.point_id", ct);
            var subject = c.Subject.Trim();
            if (await db.Counsellors.AsNoTracking().FirstOrDefaultAsync(x => x.PointId == point.Id && x.Subject == subject, ct) is { } listed)
            {
                throw new ResourceAlreadyExistsException(CounsellorType, Id(listed.Id), $"Counsellor {subject} of point {point.Id}");
            }
            var counsellor = new CounsellorRecord
            {
                RequestId = request.RequestId, PointId = point.Id, AreaCode = point.AreaCode, Subject = subject, Name = c.Name.Trim(), Qualification = c.Qualification.Trim(),
                AddedBy = caller.Caller.Subject, AddedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Counsellors.Add(counsellor);
            await db.SaveChangesAsync(ct);
            return counsellor;
        }, new(caller.Scope, CounsellorType, x => x.AreaCode, x => x.Id), ct);
        return counsellor.ToProto();
    }

    public async Task<ListCounsellorsResponse> ListCounsellorsAsync(ListCounsellorsRequest request, CancellationToken ct)
    {
        await db.AreaInScopeAsync<PlaceRecord>(request.PointId, p => p.AreaCode, caller.Scope, PlaceDesk.PlaceType, ct, "point_id");
        var pointId = request.PointId;
        var page = await db.Counsellors.AsNoTracking().Where(c => c.PointId == pointId)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"counsellors:{pointId}"), c => c.Id, newestFirst: false, ct);
        return new ListCounsellorsResponse { Counsellors = { page.Items.Select(c => c.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public async Task<CounsellingBooking> BookAsync(BookCounsellingSessionRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        CounsellingValidator.Validate(request, today);
        var (booking, _) = await db.CreateOnceAsync<CounsellingBookingRecord>(b => b.RequestId == request.RequestId, async () =>
        {
            var point = await PointAsync(request.PointId, "point_id", ct);
            var woman = await registry.GetAsync(request.WomanId, ct);
            var referral = request.ReferralId > 0 ? await ReceivedReferralAsync(request.ReferralId, woman.Id, ct) : null;
            if (await db.CounsellingBookings.AsNoTracking().FirstOrDefaultAsync(b => b.WomanId == woman.Id && b.PointId == point.Id && b.Status == CounsellingBookingStatus.Booked, ct) is { } open)
            {
                throw new ResourceAlreadyExistsException(BookingType, Id(open.Id), $"An open booking of woman {woman.Id} at point {point.Id}");
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var booking = new CounsellingBookingRecord
            {
                RequestId = request.RequestId, PointId = point.Id, AreaCode = point.AreaCode, WomanId = woman.Id, VillageCode = woman.VillageCode,
                Date = request.Date.ToDateOnly(), Source = request.Source, ReferralId = referral?.Id, Status = CounsellingBookingStatus.Booked,
                BookedBy = caller.Caller.Subject, BookedAt = now,
            };
            db.CounsellingBookings.Add(booking);
            // Booking her is taking up the follow-up of her earlier individual sessions at the point.
            await MarkFollowedUpAsync(point.Id, CounsellingSessionKind.Individual, woman.Id, DateOnly.MaxValue, ct);
            var accepted = referral is { Status: ReferralStatus.Received };
            if (accepted)
            {
                (referral!.Owner, referral.OwnerName) = (caller.Caller.Subject, caller.Caller.Name);
                referral.MoveTo(ReferralStatus.Accepted, now);
            }
            await db.SaveWithEventsAsync(() => accepted && referral!.Source != referral.Target ? [ReferralEvents.Answered(referral)] : [], signal, clock, ct);
            return booking;
        }, new(caller.Scope, BookingType, x => x.AreaCode, x => x.Id), ct);
        return booking.ToProto();
    }

    public async Task<CounsellingSession> RecordAsync(RecordCounsellingSessionRequest request, CancellationToken ct)
    {
        CounsellingValidator.Validate(request, clock.Today());
        var (session, _) = await db.CreateOnceAsync<CounsellingSessionRecord>(s => s.RequestId == request.RequestId,
            () => request.Kind == CounsellingSessionKind.Individual ? RecordIndividualAsync(request, ct) : RecordGroupAsync(request, ct),
            new(caller.Scope, SessionType, x => x.AreaCode, x => x.Id), ct);
        return await PresentAsync(session, ct);
    }

    private async Task<CounsellingSessionRecord> RecordIndividualAsync(RecordCounsellingSessionRequest request, CancellationToken ct)
    {
        var booking = await db.FindInScopeAsync<CounsellingBookingRecord>(request.BookingId, b => b.AreaCode, caller.Scope, BookingType, ct, "booking_id");
        if (request.PointId > 0 && request.PointId != booking.PointId)
        {
            throw ValidationFailedException.For("point_id", "must be 0 or the booking's point");
        }
        if (booking.Status != CounsellingBookingStatus.Booked)
        {
            throw new PreconditionFailedException("Booking {0} was held already.", booking.Id);
        }
        var point = await PointAsync(booking.PointId, "booking_id", ct);
        var woman = await registry.GetAsync(booking.WomanId, ct);
        var session = NewSession(request, point);
        session.BookingId = booking.Id;
        session.Attendance.Add(new CounsellingAttendanceRecord { WomanId = woman.Id, VillageCode = woman.VillageCode, PointId = point.Id, Date = session.Date });
        db.CounsellingSessions.Add(session);
        booking.Status = CounsellingBookingStatus.Held;
        await MarkFollowedUpAsync(point.Id, CounsellingSessionKind.Individual, woman.Id, session.Date, ct);
        // The referral that asked for it is answered: she was helped.
        var referral = booking.ReferralId is { } referralId
            ? await db.Set<ReferralRecord>().FirstOrDefaultAsync(r => r.Id == referralId && r.Open && r.Status == ReferralStatus.Accepted, ct)
            : null;
        if (referral is not null)
        {
            referral.Outcome = ReferralOutcome.Helped;
            referral.MoveTo(ReferralStatus.Done, clock.GetUtcNow().UtcDateTime);
        }
        await db.SaveWithEventsAsync(() => referral is not null && referral.Source != referral.Target ? [ReferralEvents.Answered(referral)] : [], signal, clock, ct);
        return session;
    }

    private async Task<CounsellingSessionRecord> RecordGroupAsync(RecordCounsellingSessionRequest request, CancellationToken ct)
    {
        var point = await PointAsync(request.PointId, "point_id", ct);
        var session = NewSession(request, point);
        session.OtherParticipants = request.OtherParticipants;
        // Every woman is checked before anything is written: one the caller may not see, or a Registry down, records nothing.
        foreach (var id in request.WomanIds)
        {
            var woman = await registry.GetAsync(id, ct);
            session.Attendance.Add(new CounsellingAttendanceRecord { WomanId = woman.Id, VillageCode = woman.VillageCode, PointId = point.Id, Date = session.Date });
        }
        db.CounsellingSessions.Add(session);
        await MarkFollowedUpAsync(point.Id, CounsellingSessionKind.Group, womanId: 0, session.Date, ct);
        await db.SaveChangesAsync(ct);
        return session;
    }

    private CounsellingSessionRecord NewSession(RecordCounsellingSessionRequest request, PlaceRecord point) => new()
    {
        RequestId = request.RequestId, PointId = point.Id, AreaCode = point.AreaCode, Kind = request.Kind, Date = request.Date.ToDateOnly(), Topic = request.Topic,
        NotesSealed = protector.Protect(request.Notes, NotesField), FollowUpDate = request.FollowUpDate?.ToDateOnly(),
        RecordedBy = caller.Caller.Subject, RecordedAt = clock.GetUtcNow().UtcDateTime,
    };

    // The follow-ups a new booking or session takes up: her individual sessions at the point, or the point's group sessions, held up to then.
    private async Task MarkFollowedUpAsync(long pointId, CounsellingSessionKind kind, long womanId, DateOnly upTo, CancellationToken ct)
    {
        var open = db.CounsellingSessions.Where(s => s.PointId == pointId && s.Kind == kind && s.FollowUpDate != null && !s.FollowedUp && s.Date <= upTo);
        if (kind == CounsellingSessionKind.Individual)
        {
            open = open.Where(s => s.Attendance.Any(a => a.WomanId == womanId));
        }
        foreach (var session in await open.ToListAsync(ct))
        {
            session.FollowedUp = true;
        }
    }

    public async Task<CounsellingSession> GetAsync(long id, CancellationToken ct) =>
        await PresentAsync(await db.FindInScopeAsync<CounsellingSessionRecord>(id, s => s.AreaCode, caller.Scope, SessionType, ct), ct);

    public async Task<ListCounsellingSessionsResponse> ListAsync(ListCounsellingSessionsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var (from, to) = RequestPeriod.Of(request.FromDate, request.ToDate);
        if (request.PointId < 0)
        {
            throw ValidationFailedException.For("point_id", "must not be negative");
        }
        var pointId = request.PointId;
        if (pointId > 0)
        {
            await db.AreaInScopeAsync<PlaceRecord>(pointId, p => p.AreaCode, caller.Scope, PlaceDesk.PlaceType, ct, "point_id");
        }
        var page = await db.CounsellingSessions.AsNoTracking().Include(s => s.Attendance)
            .Where(s => s.AreaCode.StartsWith(area) && (pointId == 0 || s.PointId == pointId) && s.Date >= from && s.Date <= to)
            .PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"counselling-sessions:{area}:{pointId}:{from}:{to}"), s => s.Date, s => s.Id, descending: true, ct);
        return new ListCounsellingSessionsResponse { Sessions = { page.Items.Select(s => s.ToProto()) }, NextPageToken = page.NextPageToken };
    }

    public async Task<ListCounsellingFollowUpsResponse> ListFollowUpsAsync(ListCounsellingFollowUpsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        CounsellingValidator.ValidateWithinDays(request.WithinDays);
        var today = clock.Today();
        var through = today.AddDays(request.WithinDays);
        var bookings = await db.CounsellingBookings.AsNoTracking()
            .Where(b => b.AreaCode.StartsWith(area) && b.Status == CounsellingBookingStatus.Booked && b.Date <= through)
            .Select(b => new { b.Id, b.PointId, b.AreaCode, b.WomanId, b.Date }).ToListAsync(ct);
        var sessions = await db.CounsellingSessions.AsNoTracking()
            .Where(s => s.AreaCode.StartsWith(area) && s.FollowUpDate != null && !s.FollowedUp && s.FollowUpDate <= through)
            .Select(s => new { s.Id, s.PointId, s.AreaCode, s.Kind, Due = s.FollowUpDate!.Value, WomanId = s.Kind == CounsellingSessionKind.Individual ? s.Attendance.Select(a => a.WomanId).FirstOrDefault() : 0 })
            .ToListAsync(ct);
        var due = bookings.Select(b => (Kind: CounsellingFollowUpKind.Booking, b.Id, b.PointId, b.AreaCode, b.WomanId, Due: b.Date))
            .Concat(sessions.Select(s => (Kind: CounsellingFollowUpKind.Session, s.Id, s.PointId, s.AreaCode, s.WomanId, s.Due)))
            .OrderBy(f => f.Due).ThenBy(f => f.Kind).ThenBy(f => f.Id)
            .Select(f => new CounsellingFollowUp { Kind = f.Kind, Id = f.Id, PointId = f.PointId, AreaCode = f.AreaCode, WomanId = f.WomanId, DueDate = Date.From(f.Due), Overdue = f.Due < today })
            .ToList();
        var page = Paging.PageOf(due, PageRequest.Of(request.PageSize, request.PageToken, $"counselling-follow-ups:{area}:{through}"));
        return new ListCounsellingFollowUpsResponse { FollowUps = { page.Items }, NextPageToken = page.NextPageToken };
    }

    /// <summary>
    /// A session's notes, for a counsellor of its point only: the caller's subject must be on the point's list (the
    /// permission alone, which the admin also holds, is not enough). A refusal is PERMISSION_DENIED, audited by the call.
    /// </summary>
    public async Task<SessionNotes> NotesAsync(long sessionId, CancellationToken ct)
    {
        var session = await db.FindInScopeAsync<CounsellingSessionRecord>(sessionId, s => s.AreaCode, caller.Scope, SessionType, ct, "session_id");
        var subject = caller.Caller.Subject;
        if (subject.Length == 0 || !await db.Counsellors.AnyAsync(c => c.PointId == session.PointId && c.Subject == subject, ct))
        {
            throw new AccessDeniedException("Only a counsellor of counselling point {0} may read the notes of its sessions.", session.PointId);
        }
        return new SessionNotes { SessionId = session.Id, Notes = protector.Unprotect(session.NotesSealed, NotesField) };
    }

    // A counselling point in use that the caller's area covers (NOT_FOUND outside it).
    private async Task<PlaceRecord> PointAsync(long id, string field, CancellationToken ct)
    {
        var place = await db.FindInScopeAsync<PlaceRecord>(id, p => p.AreaCode, caller.Scope, PlaceDesk.PlaceType, ct, field);
        if (place.Kind != PlaceKind.CounsellingPoint || !place.Active)
        {
            throw new PreconditionFailedException("Place {0} is not a counselling point in use.", place.Id);
        }
        return place;
    }

    // An open referral received by Community for her, in the caller's area (NOT_FOUND outside it).
    private async Task<ReferralRecord> ReceivedReferralAsync(long id, long womanId, CancellationToken ct)
    {
        var referral = await db.FindInScopeAsync<ReferralRecord>(id, r => r.VillageCode, caller.Scope, ReferralDesk<CommunityDbContext>.ResourceType, ct, "referral_id");
        var errors = new FieldViolations();
        if (errors.Require(!referral.Sent && referral.Target == ResourceNames.Community, "referral_id", "must be a referral received by Community")
            && errors.Require(referral.WomanId == womanId, "referral_id", "must be a referral of the same woman"))
        {
            errors.Require(referral.Open, "referral_id", "must be an open referral");
        }
        errors.ThrowIfAny();
        return referral;
    }

    private async Task<CounsellingSession> PresentAsync(CounsellingSessionRecord session, CancellationToken ct)
    {
        if (session.Attendance.Count == 0)
        {
            var id = session.Id;
            session.Attendance = await db.CounsellingAttendance.AsNoTracking().Where(a => a.SessionId == id).ToListAsync(ct);
        }
        return session.ToProto();
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
