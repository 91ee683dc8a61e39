using Suite.Persistence;

namespace Suite.Community.Model;

/// <summary>A federation executive member (执委) paired with a woman (执委手拉手); its contacts are <see cref="PairingContactRecord"/> rows.</summary>
public sealed class ExecutivePairingRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string ExecutiveName { get; set; } = "";
    public string ExecutivePosition { get; set; } = "";
    public long WomanId { get; set; }
    /// <summary>The woman's village when the pairing was made.</summary>
    public string VillageCode { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public long Version { get; set; }
}
