using Suite.Contracts.Employment.V1;

namespace Suite.Employment.Model;

/// <summary>A woman's employment or unemployment registration: what she wants, her skills, how far she can go.</summary>
public sealed class JobSeekerRecord
{
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public SeekerStatus Status { get; set; }
    public WorkPattern Wish { get; set; }
    public List<string> Skills { get; set; } = [];
    public Distance MaxDistance { get; set; }
    /// <summary>False once she left the Registry's ledger: matching leaves her out.</summary>
    public bool Active { get; set; } = true;
    public DateTime RegisteredAt { get; set; }
}
