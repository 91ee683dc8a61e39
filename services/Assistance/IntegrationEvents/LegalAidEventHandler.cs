using Suite.Assistance.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.LegalAid.V1;
using Suite.Events;
using Suite.Persistence;
using Referral = Suite.Assistance.Model.Referral;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>
/// A matter that turned red in Legal aid and needs help from civil affairs (a domestic-violence matter: psychological
/// support and temporary assistance at once) becomes one referral per event (a redelivered event is skipped). Only the
/// woman, the village, the needs and their urgency cross over; a sensitive matter's referral shows its reason and source
/// to holders of sensitive.read alone, the rule Legal aid applies to the matter itself.
/// </summary>
public sealed class LegalAidEventHandler(AssistanceDbContext db, TimeProvider clock) : IStreamEventHandler
{
    public Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ApplyOnceAsync(events, fresh => db.InsertAsync(Referrals(fresh, now), ct), now, ct);
    }

    private static List<Referral> Referrals(List<StreamEvent> fresh, DateTime now) =>
        fresh.Where(e => e.Type == MatterTurnedRed.Descriptor.FullName)
            .Select(e => MatterTurnedRed.Parser.ParseFrom(e.Data))
            .Where(red => red.Needs.Count > 0)
            .Select(red => new Referral
            {
                WomanId = red.WomanId, VillageCode = red.VillageCode, Reason = ReferralReason.SafetyRisk, Needs = [.. red.Needs], Urgency = red.Urgency,
                Source = ResourceNames.LegalAid, Sensitive = red.Sensitive, CreatedAt = now,
            })
            .ToList();
}
