using Suite.Assistance.Infrastructure;
using Suite.Contracts.FamilyEducation.V1;
using Suite.Events;
using Suite.Persistence;
using Referral = Suite.Assistance.Model.Referral;

namespace Suite.Assistance.IntegrationEvents;

/// <summary>
/// A serious guardianship concern raised in Family education reaches civil affairs (the children's director) as one
/// referral per concern (a redelivered event is skipped). The narrative stays in Family education: only the woman,
/// her village and the kind of concern cross over.
/// </summary>
public sealed class FamilyEducationEventHandler(AssistanceDbContext db, TimeProvider clock)
{
    public const string SeriousConcernReason = "family education: serious guardianship concern: the children's director should look in";

    public async Task HandleBatchAsync(IReadOnlyList<StreamEvent> events, CancellationToken ct)
    {
        var fresh = await db.UnprocessedAsync(events, ct);
        if (fresh.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var referrals = fresh.Where(e => e.Type == SeriousConcernRaised.Descriptor.FullName)
            .Select(e => SeriousConcernRaised.Parser.ParseFrom(e.Data))
            .Select(c => new Referral { WomanId = c.WomanId, VillageCode = c.VillageCode, Reason = SeriousConcernReason, CreatedAt = now })
            .ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.InsertAsync(referrals, ct);
        await db.RecordProcessedAsync(fresh, now, ct);
        await transaction.CommitAsync(ct);
    }
}
