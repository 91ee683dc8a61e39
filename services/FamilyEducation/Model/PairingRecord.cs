using Suite.Contracts.FamilyEducation.V1;
using Suite.Persistence;

namespace Suite.FamilyEducation.Model;

/// <summary>A volunteer or agency paired one-to-one with a woman's household, and when the next session is due.</summary>
public sealed class PairingRecord : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public string GuideName { get; set; } = "";
    public GuideKind GuideKind { get; set; }
    public string Organisation { get; set; } = "";
    public DateOnly NextSessionDate { get; set; }
}
