using Suite.Assistance.Infrastructure;
using Suite.Contracts.Common;
using Suite.Contracts.LegalAid.V1;
using Suite.Events;
using Suite.Persistence;
using Referral = Suite.Assistance.Model.Referral;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>
/// A red domestic-violence matter in Legal aid calls for care here: one referral for psychological counselling and
/// temporary assistance, per event (a redelivered event is skipped). Nothing of the matter crosses over but the woman,
/// the reason code and the village.
/// </summary>
public sealed class LegalAidEventHandler(AssistanceDbContext db, TimeProvider clock) : IStreamEventHandler
{
    public const string RedDomesticViolenceReason = "法律援助：红色家庭暴力事项，考虑心理疏导和临时救助";

    public Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ApplyOnceAsync(events, fresh => db.InsertAsync(Referrals(fresh, now), ct), now, ct);
    }

    private static List<Referral> Referrals(List<StreamEvent> fresh, DateTime now) =>
        fresh.Where(e => e.Type == MatterTurnedRed.Descriptor.FullName)
            .Select(e => MatterTurnedRed.Parser.ParseFrom(e.Data))
            .Where(red => red.ReasonCode == ProtoEnumNames.Of(MatterKind.DomesticViolence))
            .Select(red => new Referral { WomanId = red.WomanId, VillageCode = red.VillageCode, Reason = RedDomesticViolenceReason, CreatedAt = now })
            .ToList();
}
