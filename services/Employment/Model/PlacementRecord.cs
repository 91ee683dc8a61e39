using Suite.Persistence;

namespace Suite.Employment.Model;

/// <summary>A woman placed in a post, from a start date at a monthly pay, until it ends.</summary>
public sealed class PlacementRecord : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long PostId { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public int MonthlyPayYuan { get; set; }
    public DateOnly? EndDate { get; set; }
    public string EndReason { get; set; } = "";
}
