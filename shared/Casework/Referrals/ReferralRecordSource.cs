using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Common;
using Suite.Contracts.Common.V1;
using Suite.Security;

namespace Suite.Casework;

/// <summary>Her referrals in this service, sent and received, as lines of her records (the reason of a sensitive one withheld as in the lists).</summary>
public sealed class ReferralRecordSource<TContext>(TContext db, ReferralDesk<TContext> desk, CurrentCaller caller) : IWomanRecordSource
    where TContext : DbContext
{
    public async Task<IReadOnlyList<WomanRecord>> RecordsOfAsync(long womanId, CancellationToken ct)
    {
        if (!caller.Has(SuitePermissions.ReferralsRead))
        {
            return [];
        }
        var scope = caller.Scope.Prefix;
        var referrals = await db.Set<ReferralRecord>().AsNoTracking().Where(r => r.WomanId == womanId && r.VillageCode.StartsWith(scope)).ToListAsync(ct);
        return [.. referrals.Select(desk.Present).Select(r => new WomanRecord
        {
            Kind = "referral", Id = r.Id, Date = Date.From(DateOnly.FromDateTime(r.CreateTime.ToDateTime().AddHours(8))), Status = ProtoEnumNames.Of(r.Status), AreaCode = r.VillageCode,
            Summary = $"{(r.Sent ? "转出至" + ReferralWords.Service(r.Target) : "转入" + (r.Source.Length > 0 ? "自" + ReferralWords.Service(r.Source) : ""))}：{r.Text}（{ReferralWords.Status(r.Status)}"
                + (r.Outcome != ReferralOutcome.Unspecified ? "，" + ReferralWords.Outcome(r.Outcome) : "") + (r.ReturnReason != ReturnReason.Unspecified ? "，" + ReferralWords.Return(r.ReturnReason) : "") + "）",
        })];
    }
}
