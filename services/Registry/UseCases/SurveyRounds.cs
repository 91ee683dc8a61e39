using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Persistence;
using Suite.Registry.Infrastructure;
using Suite.Registry.Model;
using Suite.Registry.Rules;
using Suite.Security;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>The quarterly survey (摸排): rounds per county and quarter, verifications, coverage and what is left to verify.</summary>
public sealed class SurveyRounds(RegistryDbContext db, VillageDirectory areas, TimeProvider clock, CurrentCaller caller)
{
    public const string ResourceType = "suite.registry.v1.SurveyRound";

    public async Task<Proto.SurveyRound> StartAsync(Proto.StartSurveyRoundRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        var now = clock.GetUtcNow().UtcDateTime;
        errors.Require(AreaCode.IsDigits(request.CountyCode) && areas.Find(request.CountyCode) is { Level: Proto.AreaLevel.County },
            "county_code", "must be the 6-digit code of an existing county");
        errors.Require(request.Year >= 2000 && request.Year <= now.Year + 1, "year", $"must be between 2000 and {now.Year + 1}");
        errors.Require(request.Quarter is >= 1 and <= 4, "quarter", "must be 1 to 4");
        errors.Text("started_by", request.StartedBy, 50, required: true);
        errors.ThrowIfAny();
        caller.Scope.RequireWrite(request.CountyCode, "county_code");

        var existing = await db.SurveyRounds.AsNoTracking()
            .FirstOrDefaultAsync(r => r.CountyCode == request.CountyCode && r.Year == request.Year && r.Quarter == request.Quarter, ct);
        if (existing is not null)
        {
            throw new ResourceAlreadyExistsException(ResourceType, existing.Id.ToString(CultureInfo.InvariantCulture), $"The {request.Year} Q{request.Quarter} round of county {request.CountyCode}");
        }
        var round = new SurveyRound { CountyCode = request.CountyCode, Year = request.Year, Quarter = request.Quarter, StartedBy = request.StartedBy, StartedAt = now };
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return ToProto(round);
    }

    public async Task<Proto.SurveyRound> GetAsync(long id, CancellationToken ct) => ToProto(await FindAsync(id, ct, "id"));

    public async Task<Proto.Verification> VerifyAsync(Proto.VerifyWomanRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Text("verified_by", request.VerifiedBy, 50, required: true);
        errors.Text("note", request.Note, 200, required: false);
        errors.ThrowIfAny();

        var round = await FindAsync(request.RoundId, ct);
        var woman = await db.FindInScopeAsync<Woman>(request.WomanId, w => w.VillageCode, caller.Scope, WomenLedger.ResourceType, ct, "woman_id");
        if (AreaCode.CountyOf(woman.VillageCode) != round.CountyCode)
        {
            throw new PreconditionFailedException("Woman {0} does not live in county {1} of this round.", request.WomanId, round.CountyCode);
        }
        if (woman.Status != Proto.LedgerStatus.Active)
        {
            throw new PreconditionFailedException("Woman {0} has exited the ledger; reactivate her before verifying.", request.WomanId);
        }
        var verification = await db.SurveyVerifications.AsNoTracking().FirstOrDefaultAsync(v => v.RoundId == round.Id && v.WomanId == request.WomanId, ct);
        if (verification is null)
        {
            verification = new SurveyVerification
            {
                RoundId = round.Id, WomanId = request.WomanId, VerifiedBy = request.VerifiedBy, Note = request.Note, VerifiedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.SurveyVerifications.Add(verification);
            await db.SaveChangesAsync(ct);
        }
        return new Proto.Verification
        {
            RoundId = verification.RoundId, WomanId = verification.WomanId, VerifiedBy = verification.VerifiedBy, Note = verification.Note,
            VerifyTime = verification.VerifiedAt.ToUtcTimestamp(),
        };
    }

    public async Task<Proto.SurveyCoverage> GetCoverageAsync(Proto.GetSurveyCoverageRequest request, CancellationToken ct)
    {
        var round = request.RoundId != 0 || request.CountyCode.Length == 0
            ? await FindAsync(request.RoundId, ct, "round_id")
            : await FindOfQuarterAsync(request, ct);
        var roundId = round.Id;
        var area = caller.Scope.Narrow(round.CountyCode, "round_id");
        var (low, high) = AreaCode.VillageRange(area);
        var villages = await db.Areas.AsNoTracking()
            .Where(a => a.Level == Proto.AreaLevel.Village && string.Compare(a.Code, low) >= 0 && string.Compare(a.Code, high) <= 0)
            .OrderBy(a => a.Code).ToListAsync(ct);
        var active = db.Women.AsNoTracking().InArea(area).Where(w => w.Status == Proto.LedgerStatus.Active);
        var women = await active.GroupBy(w => w.VillageCode).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var verified = await active
            .Where(w => db.SurveyVerifications.Any(v => v.RoundId == roundId && v.WomanId == w.Id))
            .GroupBy(w => w.VillageCode).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        var coverage = new Proto.SurveyCoverage { Round = ToProto(round) };
        foreach (var village in villages)
        {
            var count = women.GetValueOrDefault(village.Code);
            var done = verified.GetValueOrDefault(village.Code);
            coverage.Villages.Add(new Proto.VillageCoverage { VillageCode = village.Code, VillageName = village.Name, ActiveWomen = count, Verified = done });
            coverage.ActiveWomen += count;
            coverage.Verified += done;
            if (count > 0 && done == 0)
            {
                coverage.UnverifiedVillages.Add(village.Code);
            }
        }
        return coverage;
    }

    public async Task<Proto.ListUnverifiedWomenResponse> ListUnverifiedAsync(Proto.ListUnverifiedWomenRequest request, CancellationToken ct)
    {
        var size = PageToken.Size(request.PageSize, 50, 500);
        var round = await FindAsync(request.RoundId, ct);
        var key = "unverified:" + round.Id;
        var after = PageToken.Decode(request.PageToken, key, 2);
        var page = await db.Women.AsNoTracking().InArea(caller.Scope.Narrow(round.CountyCode, "round_id"))
            .Where(w => w.Status == Proto.LedgerStatus.Active && !db.SurveyVerifications.Any(v => v.RoundId == round.Id && v.WomanId == w.Id))
            .InLedgerOrderAfter(after)
            .Select(w => new { w.Id, w.Name, w.VillageCode })
            .Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListUnverifiedWomenResponse
        {
            Women = { page.Take(size).Select(w => new Proto.UnverifiedWoman { WomanId = w.Id, Name = w.Name, VillageCode = w.VillageCode }) },
        };
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(key, page[size - 1].VillageCode, page[size - 1].Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    private async Task<SurveyRound> FindAsync(long id, CancellationToken ct, string field = "round_id")
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For(field, "is required");
        }
        var round = await db.SurveyRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new ResourceNotFoundException(ResourceType, id.ToString(CultureInfo.InvariantCulture));
        // A round is visible to the county and to everyone working inside it.
        var scope = caller.Scope;
        if (!scope.Covers(round.CountyCode) && !scope.Prefix.StartsWith(round.CountyCode, StringComparison.Ordinal))
        {
            throw new ResourceNotFoundException(ResourceType, id.ToString(CultureInfo.InvariantCulture));
        }
        return round;
    }

    /// <summary>The round of a county's quarter (NOT_FOUND when none was started, or the county lies outside the caller's area).</summary>
    private async Task<SurveyRound> FindOfQuarterAsync(Proto.GetSurveyCoverageRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Require(AreaCode.IsDigits(request.CountyCode) && request.CountyCode.Length == AreaCode.CountyLength, "county_code", "must be a 6-digit county code");
        errors.Require(request.Year is >= 2000 and <= 2100, "year", "must be 2000 to 2100");
        errors.Require(request.Quarter is >= 1 and <= 4, "quarter", "must be 1 to 4");
        errors.ThrowIfAny();
        var name = $"{request.CountyCode} {request.Year} Q{request.Quarter}";
        var round = await db.SurveyRounds.AsNoTracking()
            .FirstOrDefaultAsync(r => r.CountyCode == request.CountyCode && r.Year == request.Year && r.Quarter == request.Quarter, ct)
            ?? throw new ResourceNotFoundException(ResourceType, name);
        return await FindAsync(round.Id, ct);
    }

    private static Proto.SurveyRound ToProto(SurveyRound r) => new()
    {
        Id = r.Id, CountyCode = r.CountyCode, Year = r.Year, Quarter = r.Quarter, StartedBy = r.StartedBy,
        StartTime = r.StartedAt.ToUtcTimestamp(),
    };
}
