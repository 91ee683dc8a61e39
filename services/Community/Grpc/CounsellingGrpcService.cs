using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Community.UseCases;
using Suite.Contracts.Community.V1;

namespace Suite.Community.Grpc;

/// <summary>
/// Counselling names women and holds confidential notes: every call that names a woman or a session is audited, and
/// GetSessionNotes is audited whether it is answered or refused (by permission or by the point's list of counsellors),
/// naming the session asked for. A point's list of counsellors decides who reads its notes: its changes are audited too.
/// </summary>
public sealed class CounsellingGrpcService(CounsellingDesk desk) : CounsellingService.CounsellingServiceBase
{
    [Authorize(CommunityPermissions.CounsellingWrite)]
    [Audited("counselling-point", Request = "counsellor.point_id")]
    public override Task<Counsellor> AddCounsellor(AddCounsellorRequest request, ServerCallContext context) => desk.AddCounsellorAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CounsellingRead)]
    public override Task<ListCounsellorsResponse> ListCounsellors(ListCounsellorsRequest request, ServerCallContext context) => desk.ListCounsellorsAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CounsellingWrite)]
    [Audited("woman", Request = "woman_id")]
    [Audited("counselling-booking", Response = "id")]
    public override Task<CounsellingBooking> BookCounsellingSession(BookCounsellingSessionRequest request, ServerCallContext context) => desk.BookAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CounsellingWrite)]
    [Audited("woman", Request = "woman_ids")]
    [Audited("woman", Response = "woman_ids")]
    [Audited("counselling-session", Response = "id")]
    public override Task<CounsellingSession> RecordCounsellingSession(RecordCounsellingSessionRequest request, ServerCallContext context) => desk.RecordAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CounsellingRead)]
    [Audited("counselling-session", Request = "id")]
    [Audited("woman", Response = "woman_ids")]
    public override Task<CounsellingSession> GetCounsellingSession(GetCounsellingSessionRequest request, ServerCallContext context) => desk.GetAsync(request.Id, context.CancellationToken);

    [Authorize(CommunityPermissions.CounsellingRead)]
    [Audited("woman", Response = "sessions.woman_ids")]
    public override Task<ListCounsellingSessionsResponse> ListCounsellingSessions(ListCounsellingSessionsRequest request, ServerCallContext context) => desk.ListAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CounsellingRead)]
    [Audited("woman", Response = "follow_ups.woman_id")]
    public override Task<ListCounsellingFollowUpsResponse> ListCounsellingFollowUps(ListCounsellingFollowUpsRequest request, ServerCallContext context) => desk.ListFollowUpsAsync(request, context.CancellationToken);

    [Authorize(CommunityPermissions.CounsellingNotes)]
    [Audited("counselling-session", Request = "session_id")]
    public override Task<SessionNotes> GetSessionNotes(GetSessionNotesRequest request, ServerCallContext context) => desk.NotesAsync(request.SessionId, context.CancellationToken);
}
