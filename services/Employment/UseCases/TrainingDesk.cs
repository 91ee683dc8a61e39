using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.Employment.Infrastructure;
using Suite.Employment.IntegrationEvents;
using Suite.Employment.Model;
using Suite.Events;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.RegistryClient;
using Suite.Security;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>Courses, enrolment of registered women, attendance, completion and skill certificates.</summary>
public sealed class TrainingDesk(EmploymentDbContext db, RegistryWomen registry, CurrentCaller caller, OutboxSignal signal, TimeProvider clock)
{
    public const string CourseType = "suite.employment.v1.Course";
    public const string EnrolmentType = "suite.employment.v1.Enrolment";

    public async Task<Proto.Course> CreateCourseAsync(Proto.CreateCourseRequest request, CancellationToken ct)
    {
        TrainingValidator.Validate(request);
        caller.Scope.RequireWrite(request.Course.AreaCode, "course.area_code");
        var (course, _) = await db.CreateOnceAsync<Course>(c => c.RequestId == request.RequestId, async () =>
        {
            var c = request.Course;
            var course = new Course
            {
                RequestId = request.RequestId, Name = c.Name, Trade = c.Trade, Mode = c.Mode, Provider = c.Provider, AreaCode = c.AreaCode, Online = c.Online,
                StartDate = c.StartDate.ToDateOnly(), EndDate = c.EndDate.ToDateOnly(), Hours = c.Hours, Capacity = c.Capacity, SubsidyYuan = c.SubsidyYuan,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Courses.Add(course);
            await db.SaveChangesAsync(ct);
            return course;
        }, new(caller.Scope, CourseType, x => x.AreaCode, x => x.Id), ct);
        return course.ToProto();
    }

    public async Task<Proto.Course> GetCourseAsync(long id, CancellationToken ct) => (await CourseAsync(id, ct)).ToProto();

    public async Task<Proto.ListCoursesResponse> ListCoursesAsync(Proto.ListCoursesRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        // A course held at the county is open to every village in it: the caller sees courses of her area and above it.
        var above = Above(area);
        var query = db.Courses.AsNoTracking().Where(c => c.AreaCode.StartsWith(area) || above.Contains(c.AreaCode));
        if (request.Trade != Proto.Trade.Unspecified)
        {
            query = query.Where(c => c.Trade == request.Trade);
        }
        var courses = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"courses:{area}:{request.Trade}"), c => c.Id, newestFirst: true, ct);
        return new Proto.ListCoursesResponse { Courses = { courses.Items.Select(c => c.ToProto()) }, NextPageToken = courses.NextPageToken };
    }

    public async Task<Proto.Enrolment> EnrolAsync(Proto.EnrolWomanRequest request, CancellationToken ct)
    {
        TrainingValidator.Validate(request);
        var (enrolment, created) = await db.CreateOnceAsync<Enrolment>(e => e.RequestId == request.RequestId,
            () => EnrolOnceAsync(request, ct), new(caller.Scope, EnrolmentType, x => x.VillageCode, x => x.Id), ct, onLostRace: () => ThrowIfEnrolledAsync(request.CourseId, request.WomanId, ct));
        return enrolment.ToProto();
    }

    private async Task<Enrolment> EnrolOnceAsync(Proto.EnrolWomanRequest request, CancellationToken ct)
    {
        var course = await CourseAsync(request.CourseId, ct, "course_id");
        if (course.EndDate < clock.Today())
        {
            throw new PreconditionFailedException("Course {0} ended on {1:yyyy-MM-dd}: no one is enrolled after its end.", course.Id, course.EndDate);
        }
        // The Registry applies the caller's scope and the woman's consent; nothing is written before it answers.
        var woman = await registry.GetAsync(request.WomanId, ct);
        await ThrowIfEnrolledAsync(course.Id, woman.Id, ct);
        var enrolment = new Enrolment
        {
            RequestId = request.RequestId, CourseId = course.Id, WomanId = woman.Id, VillageCode = woman.VillageCode, Trade = course.Trade,
            Status = Proto.EnrolmentStatus.Enrolled, EnrolledAt = clock.GetUtcNow().UtcDateTime, Version = 1,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The place is taken in the same statement that checks there is one: concurrent enrolments cannot overfill.
        var taken = await db.Courses.Where(c => c.Id == course.Id && c.Enrolled < c.Capacity).ExecuteUpdateAsync(s => s.SetProperty(c => c.Enrolled, c => c.Enrolled + 1), ct);
        if (taken == 0)
        {
            throw new PreconditionFailedException("Course {0} is full ({1} places).", course.Id, course.Capacity);
        }
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return enrolment;
    }

    private async Task ThrowIfEnrolledAsync(long courseId, long womanId, CancellationToken ct)
    {
        if (await db.Enrolments.AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == courseId && e.WomanId == womanId, ct) is { } existing)
        {
            throw new ResourceAlreadyExistsException(EnrolmentType, Id(existing.Id), $"Woman {womanId}'s enrolment in course {courseId}");
        }
    }

    public async Task<Proto.RecordAttendanceResponse> RecordAttendanceAsync(Proto.RecordAttendanceRequest request, CancellationToken ct)
    {
        var date = TrainingValidator.Validate(request, clock.Today());
        var course = await CourseAsync(request.CourseId, ct, "course_id");
        if (date < course.StartDate || date > course.EndDate)
        {
            throw ValidationFailedException.For("date", $"is outside the course's dates {course.StartDate:yyyy-MM-dd}..{course.EndDate:yyyy-MM-dd}");
        }
        var ids = request.WomanIds.Distinct().ToList();
        var enrolments = await db.Enrolments.Where(e => e.CourseId == course.Id && ids.Contains(e.WomanId)).ToListAsync(ct);
        var visible = enrolments.Where(e => caller.Scope.Covers(e.VillageCode)).ToList();
        var missing = ids.Except(visible.Select(e => e.WomanId)).ToList();
        if (missing.Count > 0)
        {
            throw ValidationFailedException.For("woman_ids", $"not enrolled in course {course.Id} (or outside your area): {string.Join(", ", missing)}");
        }
        var enrolmentIds = visible.Select(e => e.Id).ToList();
        var already = (await db.Attendance.Where(a => a.Date == date && enrolmentIds.Contains(a.EnrolmentId)).Select(a => a.EnrolmentId).ToListAsync(ct)).ToHashSet();
        var fresh = visible.Where(e => !already.Contains(e.Id)).ToList();
        foreach (var enrolment in fresh)
        {
            db.Attendance.Add(new Attendance { EnrolmentId = enrolment.Id, Date = date });
        }
        // Each enrolment's count is raised in the database, in the transaction of the rows: concurrent sheets each add theirs.
        var freshIds = fresh.Select(e => e.Id).ToList();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            await db.Enrolments.Where(e => freshIds.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.SessionsAttended, e => e.SessionsAttended + 1), ct);
            await transaction.CommitAsync(ct);
        }
        return new Proto.RecordAttendanceResponse { Recorded = fresh.Count, AlreadyRecorded = already.Count };
    }

    public async Task<Proto.Enrolment> CompleteAsync(Proto.CompleteEnrolmentRequest request, CancellationToken ct)
    {
        TrainingValidator.Validate(request);
        var enrolment = (await db.FindInScopeAsync<Enrolment>(request.Id, e => e.VillageCode, caller.Scope, EnrolmentType, ct))
            .RequireEtag(request.Etag, EnrolmentType, request.Id);
        if (enrolment.Status != Proto.EnrolmentStatus.Enrolled)
        {
            throw new PreconditionFailedException("Enrolment {0} is {1} already.", enrolment.Id, ProtoEnumNames.Of(enrolment.Status));
        }
        enrolment.Status = request.Completed ? Proto.EnrolmentStatus.Completed : Proto.EnrolmentStatus.Dropped;
        await db.SaveChangesAsync(ct);
        return enrolment.ToProto();
    }

    public async Task<Proto.Certificate> RecordCertificateAsync(Proto.RecordCertificateRequest request, CancellationToken ct)
    {
        TrainingValidator.Validate(request, clock.Today());
        var (certificate, created) = await db.CreateOnceAsync<CertificateRecord>(c => c.RequestId == request.RequestId, async () =>
        {
            var c = request.Certificate;
            if (c.CourseId > 0)
            {
                await CourseAsync(c.CourseId, ct, "certificate.course_id");
            }
            var woman = await registry.GetAsync(c.WomanId, ct);
            var certificate = new CertificateRecord
            {
                RequestId = request.RequestId, WomanId = woman.Id, VillageCode = woman.VillageCode, CourseId = c.CourseId > 0 ? c.CourseId : null,
                Trade = c.Trade, Kind = c.Kind, Level = c.Level, IssuedOn = c.IssuedOn.ToDateOnly(), Issuer = c.Issuer,
            };
            db.Certificates.Add(certificate);
            await db.SaveWithEventsAsync(() => EmploymentEvents.Certified(certificate), signal, clock, ct);
            return certificate;
        }, new(caller.Scope, "suite.employment.v1.Certificate", x => x.VillageCode, x => x.Id), ct);
        return certificate.ToProto();
    }

    public async Task<Proto.TrainingRecord> GetRecordAsync(long womanId, CancellationToken ct)
    {
        if (womanId <= 0)
        {
            throw ValidationFailedException.For("woman_id", "is required");
        }
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.WomanId == womanId).OrderByDescending(e => e.Id).ToListAsync(ct);
        var certificates = await db.Certificates.AsNoTracking().Where(c => c.WomanId == womanId).OrderByDescending(c => c.Id).ToListAsync(ct);
        // Her record is kept in her village's scope: outside it she has none for the caller.
        return new Proto.TrainingRecord
        {
            WomanId = womanId,
            Enrolments = { enrolments.Where(e => caller.Scope.Covers(e.VillageCode)).Select(e => e.ToProto()) },
            Certificates = { certificates.Where(c => caller.Scope.Covers(c.VillageCode)).Select(c => c.ToProto()) },
        };
    }

    // Courses are seen from their area and from everywhere below it (a county course serves every village).
    private async Task<Course> CourseAsync(long id, CancellationToken ct, string field = "id")
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For(field, "is required");
        }
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new ResourceNotFoundException(CourseType, Id(id));
        if (!caller.Scope.CoversOrIsAbove(course.AreaCode))
        {
            throw new ResourceNotFoundException(CourseType, Id(id));
        }
        return course;
    }

    /// <summary>The county and township codes an area lies in (a course held there is open to it).</summary>
    private static List<string> Above(string area) =>
        new[] { AreaCode.CountyLength, AreaCode.TownshipLength }.Where(length => area.Length > length).Select(length => area[..length]).ToList();

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
