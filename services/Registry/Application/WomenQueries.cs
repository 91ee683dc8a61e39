using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Registry.Infrastructure;
using Suite.Registry.Model;
using Suite.Registry.Rules;
using Suite.ServiceDefaults.Errors;
using Suite.ServiceDefaults.Paging;
using Suite.ServiceDefaults.Time;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.Application;

/// <summary>Reads of the ledger: single records through the cache, filtered pages, exports and counts.</summary>
public sealed class WomenQueries(RegistryDbContext db, WomanCache cache, TimeProvider clock)
{
    private const int ExportBatch = 500;

    public async Task<Proto.Woman> GetAsync(long id, CancellationToken ct)
    {
        if (id <= 0)
        {
            throw ValidationFailedException.For("id", "is required");
        }
        var today = clock.Today();
        var cached = await cache.GetAsync(id);
        if (cached is not null)
        {
            return cached.WithLeftBehind(today);
        }
        var woman = await db.Women.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct)
            ?? throw new ResourceNotFoundException(WomenLedger.ResourceType, id.ToString(CultureInfo.InvariantCulture));
        var proto = woman.ToProto();
        await cache.SetAsync(proto);
        return proto.WithLeftBehind(today);
    }

    public async Task<Proto.ListWomenResponse> ListAsync(Proto.ListWomenRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        WomenFilterQuery.Validate(request.Filter, errors);
        errors.ThrowIfAny();
        var size = PageToken.Size(request.PageSize, 50, 500);
        var filterKey = WomenFilterQuery.Key(request.Filter);
        var after = PageToken.Decode(request.PageToken, filterKey, 2);
        var today = clock.Today();

        var page = await db.Women.AsNoTracking().Matching(request.Filter, today).InLedgerOrderAfter(after).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListWomenResponse();
        response.Women.AddRange(page.Take(size).Select(w => w.ToProto().WithLeftBehind(today)));
        if (page.Count > size)
        {
            var last = page[size - 1];
            response.NextPageToken = PageToken.Encode(filterKey, last.VillageCode, last.Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    public async Task<Proto.ListOverdueVisitsResponse> ListOverdueAsync(Proto.ListOverdueVisitsRequest request, CancellationToken ct)
    {
        var errors = new FieldViolations();
        errors.Require(AreaCode.IsValidPrefix(request.AreaCode), "area_code", "must be empty or 2, 4, 6, 9 or 12 digits");
        errors.ThrowIfAny();
        var size = PageToken.Size(request.PageSize, 50, 500);
        var after = PageToken.Decode(request.PageToken, "overdue:" + request.AreaCode, 2);
        var today = clock.Today();

        var query = db.Women.AsNoTracking().InArea(request.AreaCode)
            .Where(w => w.Status == Proto.LedgerStatus.Active && w.NextVisitDate != null && w.NextVisitDate < today);
        if (after is not null)
        {
            var date = DateOnly.ParseExact(after[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var id = long.Parse(after[1], CultureInfo.InvariantCulture);
            query = query.Where(w => w.NextVisitDate > date || (w.NextVisitDate == date && w.Id > id));
        }
        var page = await query.OrderBy(w => w.NextVisitDate).ThenBy(w => w.Id).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListOverdueVisitsResponse();
        response.Women.AddRange(page.Take(size).Select(w => w.ToProto().WithLeftBehind(today)));
        if (page.Count > size)
        {
            var last = page[size - 1];
            response.NextPageToken = PageToken.Encode("overdue:" + request.AreaCode,
                last.NextVisitDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.Id.ToString(CultureInfo.InvariantCulture));
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
        if (!await db.Women.AnyAsync(w => w.Id == request.WomanId, ct))
        {
            throw new ResourceNotFoundException(WomenLedger.ResourceType, request.WomanId.ToString(CultureInfo.InvariantCulture));
        }
        var page = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.WomanId == request.WomanId && c.Id < before)
            .OrderByDescending(c => c.Id).Take(size + 1).ToListAsync(ct);
        var response = new Proto.ListChangesResponse();
        response.Changes.AddRange(page.Take(size).Select(c => new Proto.ChangeRecord
        {
            Id = c.Id, WomanId = c.WomanId, Field = c.Field, OldValue = c.OldValue, NewValue = c.NewValue, Reason = c.Reason,
            EffectiveDate = Contracts.Common.V1.Date.From(c.EffectiveDate), RecordedBy = c.RecordedBy,
            RecordTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(DateTime.SpecifyKind(c.RecordedAt, DateTimeKind.Utc)),
        }));
        if (page.Count > size)
        {
            response.NextPageToken = PageToken.Encode(key, page[size - 1].Id.ToString(CultureInfo.InvariantCulture));
        }
        return response;
    }

    /// <summary>Every matching woman in ledger order, read in keyset batches so no read transaction stays open for the whole export.</summary>
    public async IAsyncEnumerable<Proto.Woman> ExportAsync(Proto.WomenFilter? filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var errors = new FieldViolations();
        WomenFilterQuery.Validate(filter, errors);
        errors.ThrowIfAny();
        var today = clock.Today();
        string[]? after = null;
        while (true)
        {
            var batch = await db.Women.AsNoTracking().Matching(filter, today).InLedgerOrderAfter(after).Take(ExportBatch).ToListAsync(ct);
            foreach (var woman in batch)
            {
                yield return woman.ToProto().WithLeftBehind(today);
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
        if (!AreaCode.IsValidPrefix(areaCode))
        {
            throw ValidationFailedException.For("area_code", "must be empty or 2, 4, 6, 9 or 12 digits");
        }
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
        stats.ByNeed.AddRange(byNeedMask
            .SelectMany(m => m.Key.ToNeeds().Select(need => (need, m.Count)))
            .GroupBy(x => x.need)
            .OrderBy(g => g.Key)
            .Select(g => Count(ProtoEnumNames.Of(g.Key), g.Sum(x => x.Count))));
        return stats;
    }

    private static Proto.KeyCount Count(string key, long count) => new() { Key = key, Count = count };
}
