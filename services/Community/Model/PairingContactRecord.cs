using Suite.Contracts.Community.V1;

namespace Suite.Community.Model;

/// <summary>A contact between an executive member and the woman she is paired with: the day and the form, no notes.</summary>
public sealed class PairingContactRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long PairingId { get; set; }
    /// <summary>The pairing's village.</summary>
    public string VillageCode { get; set; } = "";
    public DateOnly Date { get; set; }
    public PairingContactForm Form { get; set; }
}
