using Google.Protobuf;
using Suite.Contracts.Registry.V1;
using Suite.Registry.Rules;
using Woman = Suite.Registry.Model.Woman;

namespace Suite.Registry.IntegrationEvents;

/// <summary>The integration events a change of a woman's record raises.</summary>
public static class WomanEvents
{
    public static IEnumerable<IMessage> Registered(Woman w)
    {
        yield return new WomanRegistered { WomanId = w.Id, VillageCode = w.VillageCode, Priority = w.Priority, Summary = WomanSummaries.Of(w) };
        if (w.Priority == PriorityLevel.Priority)
        {
            yield return PriorityFlagged(w);
        }
    }

    public static IEnumerable<IMessage> Changed(Woman w, IEnumerable<string> fields, PriorityLevel priorityBefore)
    {
        if (w.Status == LedgerStatus.Exited && fields.Contains("status"))
        {
            yield return new WomanExited { WomanId = w.Id, VillageCode = w.VillageCode, Reason = w.ExitReason, Summary = WomanSummaries.Of(w) };
            yield break;
        }
        yield return new WomanChanged { WomanId = w.Id, VillageCode = w.VillageCode, Fields = { fields }, Summary = WomanSummaries.Of(w) };
        // Flagged when she becomes priority (or comes back to the ledger as one): a referral for one-to-one help is due.
        var becamePriority = w.Priority == PriorityLevel.Priority && (priorityBefore != PriorityLevel.Priority || fields.Contains("status"));
        if (becamePriority && w.Status == LedgerStatus.Active)
        {
            yield return PriorityFlagged(w);
        }
    }

    private static WomanPriorityFlagged PriorityFlagged(Woman w) => new()
    {
        WomanId = w.Id,
        VillageCode = w.VillageCode,
        // Health reasons leave the Registry only with her consent to share them.
        Reasons = { PriorityRule.Reasons(w.EconomicStatus, w.ConsentToShareHealth ? w.Health : HealthStatus.Unspecified).DefaultIfEmpty(PriorityReason.Assessed) },
        Summary = WomanSummaries.Of(w),
    };
}
