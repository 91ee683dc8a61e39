using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Audit;
using Suite.Contracts.Employment.V1;
using Suite.Employment.UseCases;

namespace Suite.Employment.Grpc;

/// <summary>Job-seekers, matches and placements name women and are audited; employers and posts are not personal data.</summary>
public sealed class JobGrpcService(JobDesk desk, MatchQuery matches) : JobService.JobServiceBase
{
    [Authorize(EmploymentPermissions.JobsWrite)]
    [Audited("woman", Request = "woman_id")]
    public override Task<JobSeeker> RegisterJobSeeker(RegisterJobSeekerRequest request, ServerCallContext context) => desk.RegisterSeekerAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsWrite)]
    public override Task<Employer> CreateEmployer(CreateEmployerRequest request, ServerCallContext context) => desk.CreateEmployerAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsWrite)]
    public override Task<Post> CreatePost(CreatePostRequest request, ServerCallContext context) => desk.CreatePostAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsRead)]
    public override Task<Post> GetPost(GetPostRequest request, ServerCallContext context) => desk.GetPostAsync(request.Id, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsRead)]
    public override Task<ListPostsResponse> ListPosts(ListPostsRequest request, ServerCallContext context) => desk.ListPostsAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsRead)]
    [Audited("woman", Request = "woman_id")]
    public override Task<MatchResponse> MatchPostsForWoman(MatchPostsForWomanRequest request, ServerCallContext context) => matches.PostsForWomanAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsRead)]
    [Audited("woman", Response = "matches.woman_id")]
    public override Task<MatchResponse> MatchWomenForPost(MatchWomenForPostRequest request, ServerCallContext context) => matches.WomenForPostAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsWrite)]
    [Audited("woman", Request = "woman_id")]
    [Audited("placement", Response = "id")]
    public override Task<Placement> PlaceWoman(PlaceWomanRequest request, ServerCallContext context) => desk.PlaceAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsWrite)]
    [Audited("placement", Request = "id")]
    public override Task<Placement> EndPlacement(EndPlacementRequest request, ServerCallContext context) => desk.EndPlacementAsync(request, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsRead)]
    [Audited("placement", Request = "id")]
    public override Task<Placement> GetPlacement(GetPlacementRequest request, ServerCallContext context) => desk.GetPlacementAsync(request.Id, context.CancellationToken);

    [Authorize(EmploymentPermissions.JobsRead)]
    [Audited("woman", Response = "placements.woman_id")]
    public override Task<ListPlacementsResponse> ListPlacements(ListPlacementsRequest request, ServerCallContext context) => desk.ListPlacementsAsync(request, context.CancellationToken);
}
