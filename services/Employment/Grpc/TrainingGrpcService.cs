using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Employment.V1;
using Suite.Employment.UseCases;

namespace Suite.Employment.Grpc;

/// <summary>Courses hold no personal data; enrolments, attendance and certificates name women and are audited.</summary>
public sealed class TrainingGrpcService(TrainingDesk desk) : TrainingService.TrainingServiceBase
{
    [Authorize(EmploymentPermissions.TrainingWrite)]
    public override Task<Course> CreateCourse(CreateCourseRequest request, ServerCallContext context) => desk.CreateCourseAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.TrainingRead)]
    public override Task<Course> GetCourse(GetCourseRequest request, ServerCallContext context) => desk.GetCourseAsync(request.Id, context.CancellationToken);

    [Authorize(EmploymentPermissions.TrainingRead)]
    public override Task<ListCoursesResponse> ListCourses(ListCoursesRequest request, ServerCallContext context) => desk.ListCoursesAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.TrainingEnrol)]
    [Audited("woman", Request = "woman_id")]
    public override Task<Enrolment> EnrolWoman(EnrolWomanRequest request, ServerCallContext context) => desk.EnrolAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.TrainingWrite)]
    [Audited("woman", Request = "woman_ids")]
    public override Task<RecordAttendanceResponse> RecordAttendance(RecordAttendanceRequest request, ServerCallContext context) => desk.RecordAttendanceAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.TrainingWrite)]
    [Audited("enrolment", Request = "id")]
    public override Task<Enrolment> CompleteEnrolment(CompleteEnrolmentRequest request, ServerCallContext context) => desk.CompleteAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.TrainingWrite)]
    [Audited("woman", Request = "certificate.woman_id")]
    public override Task<Certificate> RecordCertificate(RecordCertificateRequest request, ServerCallContext context) => desk.RecordCertificateAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.TrainingRead)]
    [Audited("woman", Request = "woman_id")]
    public override Task<TrainingRecord> GetTrainingRecord(GetTrainingRecordRequest request, ServerCallContext context) => desk.GetRecordAsync(request.WomanId, context.CancellationToken);
}
