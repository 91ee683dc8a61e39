using Suite.Contracts.FamilyEducation.V1;
using Suite.Persistence;

namespace Suite.FamilyEducation.Model;

/// <summary>A concern about a child's care; its narrative is sealed and stays in this service.</summary>
public sealed class ConcernRecord : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public ConcernKind Kind { get; set; }
    public Severity Severity { get; set; }
    public string NarrativeSealed { get; set; } = "";
    public bool Open { get; set; } = true;
    public string Resolution { get; set; } = "";
    public string RaisedBy { get; set; } = "";
    public DateTime RaisedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
}
