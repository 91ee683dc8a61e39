using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;
using Suite.Events;
using Suite.LegalAid.Infrastructure;
using Suite.LegalAid.Model;
using Suite.LegalAid.Rules;
using Suite.RegistryClient;

namespace Suite.LegalAid.IntegrationEvents;

/// <summary>
/// Keeps the women this service knows current from the Registry's events, in one transaction per batch, each event
/// applied once. A woman who leaves the ledger closes nothing: her open matters are flagged for their handlers.
/// </summary>
public sealed class RegistryEventHandler(LegalAidDbContext db, TimeProvider clock) : IStreamEventHandler
{
    public Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ApplyOnceAsync(events, fresh => ApplyAsync(fresh, now, ct), now, ct);
    }

    private async Task ApplyAsync(List<StreamEvent> fresh, DateTime now, CancellationToken ct)
    {
        var summaries = fresh.Select(e => (Event: e, Summary: RegistryEvents.SummaryOf(e))).Where(x => x.Summary is not null).ToList();
        var ids = summaries.Select(s => s.Summary!.WomanId).Distinct().ToList();
        var known = await db.Women.Where(w => ids.Contains(w.WomanId)).ToDictionaryAsync(w => w.WomanId, ct);
        foreach (var (e, summary) in summaries)
        {
            if (!known.TryGetValue(summary!.WomanId, out var woman) || woman.LastEventId > e.EventId)
            {
                continue; // not a woman this service serves, or a newer state is here already
            }
            var wasActive = woman.Active;
            woman.VillageCode = summary.VillageCode;
            woman.Active = summary.Status == LedgerStatus.Active;
            woman.LastEventId = e.EventId;
            if (wasActive && !woman.Active)
            {
                await FlagOpenMattersAsync(woman.WomanId, e.Type == WomanExited.Descriptor.FullName ? WomanExited.Parser.ParseFrom(e.Data).Reason : ExitReason.Unspecified, now, ct);
            }
        }
    }

    private async Task FlagOpenMattersAsync(long womanId, ExitReason reason, DateTime now, CancellationToken ct)
    {
        var open = MatterWorkflow.Open.ToList();
        foreach (var matter in await db.Matters.Where(m => m.WomanId == womanId && open.Contains(m.Status)).ToListAsync(ct))
        {
            matter.WomanExited = true;
            matter.History.Add(new MatterChange
            {
                Change = "woman_exited", To = ProtoEnumNames.Of(reason), Reason = "她已退出台账；事项仍由承办人继续办理", By = "registry", At = now,
            });
        }
    }
}
