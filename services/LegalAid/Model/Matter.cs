using Suite.Contracts.LegalAid.V1;
using Suite.Persistence;

namespace Suite.LegalAid.Model;

/// <summary>A rights matter: what came in, about whom, who handles it, its status and risk colour, and its history.</summary>
public sealed class Matter : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public Channel Channel { get; set; }
    public MatterKind Kind { get; set; }
    /// <summary>Registry id of the woman; null for an anonymous caller.</summary>
    public long? WomanId { get; set; }
    /// <summary>Her village (from the Registry) or the area an anonymous caller gave: the matter's scope.</summary>
    public string AreaCode { get; set; } = "";
    /// <summary>The narrative, sealed by the field protector (never stored in clear).</summary>
    public string NarrativeSealed { get; set; } = "";
    /// <summary>An anonymous caller's contact, sealed.</summary>
    public string ContactSealed { get; set; } = "";
    public MatterStatus Status { get; set; }
    public string Handler { get; set; } = "";
    public string HandlerName { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public RiskColour RiskColour { get; set; }
    public string RiskReason { get; set; } = "";
    public DateTime? FollowUpDue { get; set; }
    /// <summary>Details shown only to the handler, justice and public security.</summary>
    public bool Sensitive { get; set; }
    public bool WomanExited { get; set; }
    public List<MatterChange> History { get; set; } = [];
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
