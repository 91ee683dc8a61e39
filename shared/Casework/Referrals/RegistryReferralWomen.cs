using Suite.RegistryClient;

namespace Suite.Casework;

/// <summary>A department service's way to the woman of a referral: the Registry, read with the caller's token.</summary>
public sealed class RegistryReferralWomen(RegistryWomen registry) : IReferralWomen
{
    public async Task<(long Id, string VillageCode)> GetAsync(long womanId, CancellationToken ct)
    {
        var woman = await registry.GetAsync(womanId, ct);
        return (woman.Id, woman.VillageCode);
    }
}
