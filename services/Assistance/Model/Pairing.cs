namespace Suite.Assistance.Model;

/// <summary>A "caring mother" (爱心妈妈) paired one-to-one with a woman in hardship.</summary>
public sealed class Pairing
{
    public long Id { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public string VolunteerName { get; set; } = "";
    public string VolunteerOrganisation { get; set; } = "";
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
}
