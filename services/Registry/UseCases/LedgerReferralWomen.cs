using Suite.Casework;

namespace Suite.Registry.UseCases;

/// <summary>The woman of a referral the Registry sends: read from the ledger as GetWoman reads her (area scope, consent).</summary>
public sealed class LedgerReferralWomen(WomenQueries women) : IReferralWomen
{
    public async Task<(long Id, string VillageCode)> GetAsync(long womanId, CancellationToken ct)
    {
        var woman = await women.GetAsync(new Suite.Contracts.Registry.V1.GetWomanRequest { Id = womanId }, ct);
        return (woman.Id, woman.VillageCode);
    }
}
