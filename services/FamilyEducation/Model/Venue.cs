using Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.Model;

/// <summary>
/// A parent school, guidance station, women's or children's home, online platform…: Family education's copy of a place
/// of the suite's register in Community (<see cref="PlaceId"/>), which activities name by the local <see cref="Id"/>.
/// </summary>
public sealed class Venue
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string Name { get; set; } = "";
    public VenueKind Kind { get; set; }
    public string AreaCode { get; set; } = "";
    public string Keeper { get; set; } = "";
    public bool Active { get; set; } = true;

    /// <summary>The place in Community's register; null for a venue recorded before the register, until VenueTransfer moves it.</summary>
    public long? PlaceId { get; set; }
}
