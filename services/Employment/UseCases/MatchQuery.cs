using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Domain;
using Suite.Employment.Infrastructure;
using Suite.Employment.Model;
using Suite.Employment.Rules;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Security;
using Proto = Suite.Contracts.Employment.V1;

namespace Suite.Employment.UseCases;

/// <summary>
/// Near-home matching within the caller's area: for a registered job-seeker the open posts, for a post the active
/// job-seekers, each pair ranked by <see cref="NearHomeMatch"/>. One read of the candidates (and of the certificates
/// that concern them), then ranking in memory: a county's thousands of posts or job-seekers in one pass.
/// </summary>
public sealed class MatchQuery(EmploymentDbContext db, CurrentCaller caller)
{
    public async Task<Proto.MatchResponse> PostsForWomanAsync(Proto.MatchPostsForWomanRequest request, CancellationToken ct)
    {
        var page = MatchPage(request.PageSize, request.PageToken, $"match-posts:{request.WomanId}");
        var seeker = await db.FindInScopeAsync<JobSeekerRecord>(request.WomanId, j => j.VillageCode, caller.Scope, JobDesk.SeekerType, ct, "woman_id");
        var certified = (await db.Certificates.AsNoTracking().Where(c => c.WomanId == seeker.WomanId).Select(c => c.Trade).ToListAsync(ct)).ToHashSet();
        var scope = caller.Scope.Prefix;
        var posts = await db.Posts.AsNoTracking().Where(p => p.OpeningsLeft > 0 && p.AreaCode.StartsWith(scope))
            .Select(p => new NearHomeMatch.Opening(p.Id, p.AreaCode, p.Trade, p.Pattern, p.MotherPost, p.MonthlyPayYuan)).ToListAsync(ct);
        var candidate = Candidate(seeker, certified);
        var matches = posts.Select(p => NearHomeMatch.Of(candidate, p)).OfType<Proto.Match>().ToList();
        var areas = posts.ToDictionary(p => p.PostId, p => p.Area);
        matches.ForEach(m => m.AreaCode = areas[m.PostId]);
        return Response(matches, page, posts.Count);
    }

    public async Task<Proto.MatchResponse> WomenForPostAsync(Proto.MatchWomenForPostRequest request, CancellationToken ct)
    {
        var page = MatchPage(request.PageSize, request.PageToken, $"match-women:{request.PostId}");
        var post = await db.FindInScopeAsync<PostRecord>(request.PostId, p => p.AreaCode, caller.Scope, JobDesk.PostType, ct, "post_id");
        var opening = new NearHomeMatch.Opening(post.Id, post.AreaCode, post.Trade, post.Pattern, post.MotherPost, post.MonthlyPayYuan);
        var (low, high) = AreaCode.VillageRange(caller.Scope.Prefix);
        var seekers = await db.JobSeekers.AsNoTracking()
            .Where(j => j.Active && string.Compare(j.VillageCode, low) >= 0 && string.Compare(j.VillageCode, high) <= 0).ToListAsync(ct);
        var certified = (await db.Certificates.AsNoTracking()
            .Where(c => c.Trade == post.Trade && string.Compare(c.VillageCode, low) >= 0 && string.Compare(c.VillageCode, high) <= 0)
            .Select(c => c.WomanId).ToListAsync(ct)).ToHashSet();
        var trade = new HashSet<Proto.Trade> { post.Trade };
        var matches = seekers.Select(s => NearHomeMatch.Of(Candidate(s, certified.Contains(s.WomanId) ? trade : []), opening)).OfType<Proto.Match>().ToList();
        var villages = seekers.ToDictionary(s => s.WomanId, s => s.VillageCode);
        matches.ForEach(m => m.AreaCode = villages[m.WomanId]);
        return Response(matches, page, seekers.Count);
    }

    private static NearHomeMatch.Seeker Candidate(JobSeekerRecord s, IReadOnlySet<Proto.Trade> certified) =>
        new(s.WomanId, s.VillageCode, s.Wish, s.Skills, s.MaxDistance, certified);

    private static PageRequest MatchPage(int size, string token, string filterKey) => PageRequest.Of(size, token, filterKey, defaultSize: 20, maxSize: 200);

    // The whole ranking is computed, then paged: a page is the next stretch of it, best first.
    private static Proto.MatchResponse Response(List<Proto.Match> matches, PageRequest page, int considered)
    {
        var ranked = Paging.PageOf(NearHomeMatch.Rank(matches).ToList(), page);
        return new() { Matches = { ranked.Items }, Considered = considered, NextPageToken = ranked.NextPageToken };
    }
}
