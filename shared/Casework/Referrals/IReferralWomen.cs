namespace Suite.Casework;

/// <summary>
/// The woman a referral is about, as the caller may see her (area scope and consent): the Registry reads her from its
/// own ledger, every other service from the Registry with the caller's token.
/// </summary>
public interface IReferralWomen
{
    Task<(long Id, string VillageCode)> GetAsync(long womanId, CancellationToken ct);
}
