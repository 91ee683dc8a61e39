using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
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

/// <summary>Job-seekers, employers, posts and placements.</summary>
public sealed class JobDesk(EmploymentDbContext db, RegistryWomen registry, CurrentCaller caller, OutboxSignal signal, TimeProvider clock, ReferralFactory referrals)
{
    public const string PostType = "suite.employment.v1.Post";
    public const string PlacementType = "suite.employment.v1.Placement";
    public const string SeekerType = "suite.employment.v1.JobSeeker";
    public const string EmployerType = "suite.employment.v1.Employer";

    public async Task<Proto.JobSeeker> RegisterSeekerAsync(Proto.RegisterJobSeekerRequest request, CancellationToken ct)
    {
        JobValidator.Validate(request);
        var woman = await registry.GetAsync(request.WomanId, ct);
        var seeker = await db.JobSeekers.FirstOrDefaultAsync(j => j.WomanId == woman.Id, ct);
        if (seeker is null)
        {
            seeker = new JobSeekerRecord { WomanId = woman.Id };
            db.JobSeekers.Add(seeker);
        }
        seeker.VillageCode = woman.VillageCode;
        seeker.Status = request.Status;
        seeker.Wish = request.Wish;
        seeker.Skills = [.. request.Skills.Select(s => s.Trim()).Distinct()];
        seeker.MaxDistance = request.MaxDistance;
        seeker.Active = true;
        seeker.RegisteredAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return seeker.ToProto(await CertifiedAsync(woman.Id, ct));
    }

    public async Task<Proto.Employer> CreateEmployerAsync(Proto.CreateEmployerRequest request, CancellationToken ct)
    {
        JobValidator.Validate(request);
        caller.Scope.RequireWrite(request.Employer.AreaCode, "employer.area_code");
        var (employer, _) = await db.CreateOnceAsync<EmployerRecord>(e => e.RequestId == request.RequestId, async () =>
        {
            var e = new EmployerRecord { RequestId = request.RequestId, Name = request.Employer.Name, Kind = request.Employer.Kind, AreaCode = request.Employer.AreaCode };
            db.Employers.Add(e);
            await db.SaveChangesAsync(ct);
            return e;
        }, new(caller.Scope, EmployerType, x => x.AreaCode, x => x.Id), ct);
        return employer.ToProto();
    }

    public async Task<Proto.Post> CreatePostAsync(Proto.CreatePostRequest request, CancellationToken ct)
    {
        JobValidator.Validate(request);
        caller.Scope.RequireWrite(request.Post.AreaCode, "post.area_code");
        var (post, _) = await db.CreateOnceAsync<PostRecord>(p => p.RequestId == request.RequestId, async () =>
        {
            var p = request.Post;
            // The employer as the caller may read it: registered in her area or in one above it (a county's employer
            // offers posts in its townships).
            var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == p.EmployerId, ct);
            if (employer is null || !caller.Scope.CoversOrIsAbove(employer.AreaCode))
            {
                throw new ResourceNotFoundException(EmployerType, p.EmployerId.ToString(CultureInfo.InvariantCulture));
            }
            var post = new PostRecord
            {
                RequestId = request.RequestId, EmployerId = p.EmployerId, Title = p.Title, Trade = p.Trade, AreaCode = p.AreaCode, MonthlyPayYuan = p.MonthlyPayYuan,
                Pattern = p.Pattern, Openings = p.Openings, OpeningsLeft = p.Openings, MotherPost = p.MotherPost, DemonstrationSite = p.DemonstrationSite,
                CreatedAt = clock.GetUtcNow().UtcDateTime, Version = 1,
            };
            db.Posts.Add(post);
            await db.SaveChangesAsync(ct);
            return post;
        }, new(caller.Scope, PostType, x => x.AreaCode, x => x.Id), ct);
        return post.ToProto();
    }

    public async Task<Proto.Post> GetPostAsync(long id, CancellationToken ct) =>
        (await db.FindInScopeAsync<PostRecord>(id, p => p.AreaCode, caller.Scope, PostType, ct)).ToProto();

    public async Task<Proto.ListPostsResponse> ListPostsAsync(Proto.ListPostsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var query = db.Posts.AsNoTracking().Where(p => p.AreaCode.StartsWith(area));
        if (request.OpenOnly)
        {
            query = query.Where(p => p.OpeningsLeft > 0);
        }
        if (request.MotherPostsOnly)
        {
            query = query.Where(p => p.MotherPost);
        }
        var posts = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"posts:{area}:{request.OpenOnly}:{request.MotherPostsOnly}"), p => p.Id, newestFirst: true, ct);
        return new Proto.ListPostsResponse { Posts = { posts.Items.Select(p => p.ToProto()) }, NextPageToken = posts.NextPageToken };
    }

    public async Task<Proto.Placement> PlaceAsync(Proto.PlaceWomanRequest request, CancellationToken ct)
    {
        JobValidator.Validate(request, clock.Today());
        var (placement, created) = await db.CreateOnceAsync<PlacementRecord>(p => p.RequestId == request.RequestId, () => PlaceOnceAsync(request, ct), new(caller.Scope, PlacementType, x => x.VillageCode, x => x.Id), ct);
        return placement.ToProto();
    }

    private async Task<PlacementRecord> PlaceOnceAsync(Proto.PlaceWomanRequest request, CancellationToken ct)
    {
        // The post as the caller may read it: one of another area does not exist for her here either.
        var post = await db.FindInScopeAsync<PostRecord>(request.PostId, p => p.AreaCode, caller.Scope, PostType, ct, "post_id");
        var woman = await registry.GetAsync(request.WomanId, ct);
        caller.Scope.RequireWrite(woman.VillageCode, "woman_id");
        // One open placement per woman and post (a filtered unique index holds it against a concurrent second).
        if (await db.Placements.AsNoTracking().FirstOrDefaultAsync(p => p.PostId == post.Id && p.WomanId == woman.Id && p.EndDate == null, ct) is { } open)
        {
            throw new ResourceAlreadyExistsException(PlacementType, open.Id.ToString(CultureInfo.InvariantCulture), $"Woman {woman.Id}'s open placement in post {post.Id}");
        }
        var placement = new PlacementRecord
        {
            RequestId = request.RequestId, PostId = post.Id, WomanId = woman.Id, VillageCode = woman.VillageCode, StartDate = request.StartDate.ToDateOnly(),
            MonthlyPayYuan = request.MonthlyPayYuan == 0 ? post.MonthlyPayYuan : request.MonthlyPayYuan, Version = 1,
        };
        db.Placements.Add(placement);
        await db.SaveWithEventsAsync(() => EmploymentEvents.Placed(placement, post.Trade), signal, clock, ct, insertNew: async token =>
        {
            // The opening is taken in the statement that checks one is left: concurrent placements cannot go below zero.
            var taken = await db.Posts.Where(p => p.Id == post.Id && p.OpeningsLeft > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.OpeningsLeft, p => p.OpeningsLeft - 1).SetProperty(p => p.Version, p => p.Version + 1), token);
            if (taken == 0)
            {
                throw new PreconditionFailedException("Post {0} has no opening left.", post.Id);
            }
        });
        return placement;
    }

    public async Task<Proto.Placement> EndPlacementAsync(Proto.EndPlacementRequest request, CancellationToken ct)
    {
        JobValidator.Validate(request, clock.Today());
        var placement = (await db.FindInScopeAsync<PlacementRecord>(request.Id, p => p.VillageCode, caller.Scope, PlacementType, ct))
            .RequireEtag(request.Etag, PlacementType, request.Id);
        if (placement.EndDate is not null)
        {
            throw new PreconditionFailedException("Placement {0} ended on {1:yyyy-MM-dd} already.", placement.Id, placement.EndDate);
        }
        var end = request.EndDate.ToDateOnly();
        if (end < placement.StartDate)
        {
            throw ValidationFailedException.For("end_date", "must not be before the start date");
        }
        placement.EndDate = end;
        placement.EndReason = request.Reason;
        // A placement that ends without another leaves her without that income: civil affairs is asked (a referral, routine).
        var referral = !await db.Placements.AnyAsync(p => p.WomanId == placement.WomanId && p.EndDate == null && p.Id != placement.Id, ct)
            && !await db.Set<ReferralRecord>().AnyAsync(r => r.Open && r.Sent && r.WomanId == placement.WomanId && r.Target == ResourceNames.Assistance && r.Reason == ReferralReason.Other, ct)
            ? referrals.Outgoing(ResourceNames.Assistance, placement.WomanId, placement.VillageCode, ReferralReason.Other, [ReferralNeed.LivingAssistance], ReferralUrgency.Routine)
            : null;
        if (referral is not null)
        {
            db.Add(referral);
        }
        await db.SaveWithEventsAsync(() => [.. EmploymentEvents.Ended(placement), .. referral is null ? [] : ReferralFactory.EventsOf(referral)], signal, clock, ct);
        return placement.ToProto();
    }

    public async Task<Proto.Placement> GetPlacementAsync(long id, CancellationToken ct) =>
        (await db.FindInScopeAsync<PlacementRecord>(id, p => p.VillageCode, caller.Scope, PlacementType, ct)).ToProto();

    public async Task<Proto.ListPlacementsResponse> ListPlacementsAsync(Proto.ListPlacementsRequest request, CancellationToken ct)
    {
        var area = caller.AreaFor(request.AreaCode);
        var query = db.Placements.AsNoTracking().Where(p => p.VillageCode.StartsWith(area));
        if (request.CurrentOnly)
        {
            query = query.Where(p => p.EndDate == null);
        }
        var placements = await query.PageAsync(PageRequest.Of(request.PageSize, request.PageToken, $"placements:{area}:{request.CurrentOnly}"), p => p.Id, newestFirst: true, ct);
        return new Proto.ListPlacementsResponse { Placements = { placements.Items.Select(p => p.ToProto()) }, NextPageToken = placements.NextPageToken };
    }

    public async Task<List<Proto.Trade>> CertifiedAsync(long womanId, CancellationToken ct) =>
        await db.Certificates.AsNoTracking().Where(c => c.WomanId == womanId).Select(c => c.Trade).Distinct().ToListAsync(ct);
}
