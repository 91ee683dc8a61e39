using Suite.Assistance.Infrastructure;
using Suite.Contracts;
using Suite.Contracts.Common.V1;
using Suite.Contracts.FamilyEducation.V1;
using Suite.Events;
using Suite.Persistence;
using Referral = Suite.Assistance.Model.Referral;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>
/// A serious guardianship concern raised in Family education reaches civil affairs (the children's director) as one
/// referral per concern (a redelivered event is skipped), urgent. The narrative and the child stay in Family education:
/// only the woman, her village and the kind of concern (a code) cross over.
/// </summary>
public sealed class FamilyEducationEventHandler(AssistanceDbContext db, TimeProvider clock) : IStreamEventHandler
{
    public Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ApplyOnceAsync(events, fresh => db.InsertAsync(Referrals(fresh, now), ct), now, ct);
    }

    private static List<Referral> Referrals(List<StreamEvent> fresh, DateTime now) =>
        fresh.Where(e => e.Type == SeriousConcernRaised.Descriptor.FullName)
            .Select(e => SeriousConcernRaised.Parser.ParseFrom(e.Data))
            .Select(c => new Referral
            {
                WomanId = c.WomanId, VillageCode = c.VillageCode, Reason = ReferralReason.GuardianshipConcern, Needs = [ReferralNeed.ChildGuardianship],
                Urgency = ReferralUrgency.Urgent, Source = ResourceNames.FamilyEducation, Details = [c.KindCode], CreatedAt = now,
            })
            .ToList();
}
