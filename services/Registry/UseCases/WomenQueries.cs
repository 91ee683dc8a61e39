using System.Globalization;
using System.Runtime.CompilerServices;
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

/// <summary>Reads of the ledger: single records through the cache, filtered pages, exports and counts.</summary>
public sealed class WomenQueries(RegistryDbContext db, WomanCache cache, TimeProvider clock, CurrentCaller caller, WomanDisclosure disclosure, SmallCells smallCells)
{
    private const int ExportBatch = 500;

    public async Task<Proto.Woman> GetAsync(Proto.GetWomanRequest request, CancellationToken ct)
    {
        var id = request.Id;
        if (id <= 0)
        {
            throw ValidationFailedException.For("id", "is required");
        }
        var reveal = disclosure.Reveal(request.RevealPurpose);
        // The cache holds only masked records; a reveal reads the database.
        var proto = reveal ? null : await cache.GetAsync(id);
        if (proto is null)
        {
            var woman = await db.Women.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct)
                ?? throw new ResourceNotFoundException(WomenLedger.ResourceType, id.ToString(CultureInfo.InvariantCulture));
            proto = woman.ToProto();
            if (!reveal)
            {
                proto.ResidentIdNumber = PersonalDataMask.ResidentId(proto.ResidentIdNumber);
                proto.Phone = PersonalDataMask.Phone(proto.Phone);
                await cache.SetAsync(proto);
            }
        }
        caller.Scope.RequireVisible(proto.VillageCode, WomenLedger.ResourceType, id.ToString(CultureInfo.InvariantCulture));
        disclosure.RequireConsent(proto);
        return disclosure.Present(proto.WithLeftBehind(clock.Today()), reveal);
    }

    public async Task<Proto.ListWomenResponse> ListAsync(Proto.ListWomenRequest request, CancellationToken ct)
    {
        var filter = InScope(request.Filter);
        var size = PageToken.Size(request.PageSize, 50, 500);
        var filterKey = WomenFilterQuery.Key(filter);
        var after = PageToken.Decode(request.PageToken, filterKey, 2);
        var today = clock.Today();

        var page = await db.Women.AsNoTracking().SharedWith(disclosure).Matching(filter, today).InLedgerOrderAfter(after).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListWomenResponse();
        response.Women.AddRange(page.Take(size).Select(w => disclosure.Present(w.ToProto().WithLeftBehind(today), reveal: false)));
        if (page.Count > size)
        {
            var last = page[size - 1];
            response.NextPageToken = PageToken.Encode(filterKey, last.VillageCode, last.Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    public async Task<Proto.ListChangesResponse> ListChangesAsync(Proto.ListChangesRequest request, CancellationToken ct)
    {
        if (request.WomanId <= 0)
        {
            throw ValidationFailedException.For("woman_id", "is required");
        }
        var size = PageToken.Size(request.PageSize, 100, 500);
        var key = "changes:" + request.WomanId;
        var before = PageToken.Decode(request.PageToken, key, 1) is { } token ? long.Parse(token[0], CultureInfo.InvariantCulture) : long.MaxValue;
        await db.AreaInScopeAsync<Woman>(request.WomanId, w => w.VillageCode, caller.Scope, WomenLedger.ResourceType, ct, "woman_id");
        var page = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.WomanId == request.WomanId && c.Id < before)
            .OrderByDescending(c => c.Id).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListChangesResponse();
        response.Changes.AddRange(page.Take(size).Select(c => new Proto.ChangeRecord
        {
            Id = c.Id, WomanId = c.WomanId, Field = c.Field, OldValue = c.OldValue, NewValue = c.NewValue, Reason = c.Reason,
            EffectiveDate = Contracts.Common.V1.Date.From(c.EffectiveDate), RecordedBy = c.RecordedBy, RecordedBySubject = c.RecordedBySubject,
            RecordTime = c.RecordedAt.ToUtcTimestamp(),
        }));
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(key, page[size - 1].Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    /// <summary>Every matching woman in ledger order, read in keyset batches so no read transaction stays open for the whole export.</summary>
    public async IAsyncEnumerable<Proto.Woman> ExportAsync(Proto.ExportWomenRequest request, [EnumeratorCancellation] CancellationToken ct)
    {
        var filter = InScope(request.Filter);
        var reveal = disclosure.Reveal(request.RevealPurpose);
        var today = clock.Today();
        string[]? after = null;
        while (true)
        {
            var batch = await db.Women.AsNoTracking().SharedWith(disclosure).Matching(filter, today).InLedgerOrderAfter(after).Take(ExportBatch).ToListAsync(ct);
            foreach (var woman in batch)
            {
                yield return disclosure.Present(woman.ToProto().WithLeftBehind(today), reveal);
            }
            if (batch.Count < ExportBatch)
            {
                yield break;
            }
            after = [batch[^1].VillageCode, batch[^1].Id.ToString(CultureInfo.InvariantCulture)];
        }
    }

    public async Task<Proto.Statistics> GetStatisticsAsync(string areaCode, CancellationToken ct)
    {
        areaCode = caller.AreaFor(areaCode);
        var today = clock.Today();
        var inArea = db.Women.AsNoTracking().InArea(areaCode);
        var active = inArea.Where(w => w.Status == Proto.LedgerStatus.Active);
        var childLength = AreaCode.ChildLength(areaCode);

        var byStatus = await inArea.GroupBy(w => w.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var byPriority = await active.GroupBy(w => w.Priority).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var byArea = await active.GroupBy(w => w.VillageCode.Substring(0, childLength)).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var byNeedMask = await active.GroupBy(w => w.AllNeeds).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        var leftBehind = await active.LongCountAsync(w => w.InRuralVillage && w.LeftBehindSince <= today, ct);

        var stats = new Proto.Statistics { AreaCode = areaCode, Total = byStatus.Sum(s => s.Count), LeftBehind = leftBehind };
        stats.ByStatus.AddRange(byStatus.OrderBy(s => s.Key).Select(s => Count(ProtoEnumNames.Of(s.Key), s.Count)));
        stats.ByPriority.AddRange(byPriority.OrderByDescending(p => p.Key).Select(p => Count(ProtoEnumNames.Of(p.Key), p.Count)));
        stats.ByArea.AddRange(byArea.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => Count(a.Key, a.Count)));
        // Needs that tell of her health are withheld when small from a caller who may not see sensitive matters.
        var suppressed = new List<string>();
        stats.ByNeed.AddRange(byNeedMask
            .SelectMany(m => m.Key.ToNeeds().Select(need => (need, m.Count)))
            .GroupBy(x => x.need)
            .OrderBy(g => g.Key)
            .Select(g => (Key: ProtoEnumNames.Of(g.Key), Sensitive: g.Key is Proto.Need.Health or Proto.Need.Psychological, Count: g.Sum(x => x.Count)))
            .Select(g => Count(g.Key, g.Sensitive ? smallCells.Count(g.Count, $"by_need[{g.Key}]", suppressed) : g.Count)));
        stats.Suppressed.AddRange(suppressed);
        return stats;
    }

    /// <summary>The filter validated and cut to the caller's area (属地管理).</summary>
    private Proto.WomenFilter InScope(Proto.WomenFilter? requested)
    {
        var errors = new FieldViolations();
        WomenFilterQuery.Validate(requested, errors);
        errors.ThrowIfAny();
        var filter = requested?.Clone() ?? new Proto.WomenFilter();
        filter.AreaCode = caller.Scope.Narrow(filter.AreaCode, "filter.area_code");
        return filter;
    }

    private static Proto.KeyCount Count(string key, long count) => new() { Key = key, Count = count };
}
