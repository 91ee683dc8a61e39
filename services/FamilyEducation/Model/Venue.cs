using Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.Model;

/// <summary>A parent school, guidance station, women's or children's home, or online platform.</summary>
public sealed class Venue
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string Name { get; set; } = "";
    public VenueKind Kind { get; set; }
    public string AreaCode { get; set; } = "";
    public string Keeper { get; set; } = "";
    public bool Active { get; set; } = true;
}
