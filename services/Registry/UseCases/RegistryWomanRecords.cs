using Microsoft.EntityFrameworkCore;
using Suite.Casework;
using Suite.Contracts.Common.V1;
using Suite.Registry.Infrastructure;
using Suite.Registry.Model;
using Suite.Security;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>Her records in the Registry for the case file (beside her card): her visits, for visits.read holders of her area.</summary>
public sealed class RegistryWomanRecords(RegistryDbContext db, CurrentCaller caller) : IWomanRecordSource
{
    public async Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct)
    {
        if (!caller.Has(RegistryPermissions.VisitsRead))
        {
            return [];
        }
        var scope = caller.Scope.Prefix;
        var visits = await db.Visits.AsNoTracking().Where(v => v.WomanId == womanId && v.VillageCode.StartsWith(scope)).ToListAsync(ct);
        return [.. visits.Select(v => new WomanRecord
        {
            Kind = "visit", Id = v.Id, Date = Date.From(v.Date), Status = v.Method == Proto.VisitMethod.Phone ? "PHONE" : "IN_PERSON", AreaCode = v.VillageCode,
            Summary = $"探访（{(v.Method == Proto.VisitMethod.Phone ? "电话" : "入户")}，{v.Visitor}）" + (v.NeedsFound == NeedSet.None ? "" : $"：发现需求 {v.NeedsFound.ToNeeds().Count()} 项")
                + (v.SituationChanged ? "，情况有变化" : "") + $"；下次 {v.NextDue:yyyy-MM-dd}",
        })];
    }
}
