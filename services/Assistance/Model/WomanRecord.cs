using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.Model;

/// <summary>
/// Assistance's copy of what it needs of a registered woman, kept from the Registry's events (no name, ID number
/// or phone; health only with her consent). Coverage gaps are computed on it without calling the Registry.
/// </summary>
public sealed class WomanRecord
{
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public DateOnly? BirthDate { get; set; }
    public EconomicStatus EconomicStatus { get; set; }
    public HealthStatus Health { get; set; }
    public DisabilityCategory DisabilityCategory { get; set; }
    public int DisabilityGrade { get; set; }
    public PriorityLevel Priority { get; set; }
    public DateOnly? LeftBehindSince { get; set; }
    public bool VillageRural { get; set; }
    public bool Active { get; set; }
    public bool ConsentToShare { get; set; }
    /// <summary>Registry outbox id of the last event applied, so an older event never overwrites a newer state.</summary>
    public long LastEventId { get; set; }
}
