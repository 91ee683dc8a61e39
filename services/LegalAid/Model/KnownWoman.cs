namespace Suite.LegalAid.Model;

/// <summary>A woman this service has a matter or application for, kept current from the Registry's events.</summary>
public sealed class KnownWoman
{
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public bool Active { get; set; } = true;
    public long LastEventId { get; set; }
}
