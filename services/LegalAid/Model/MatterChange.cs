namespace Suite.LegalAid.Model;

/// <summary>One entry of a matter's history: a status, colour or handler change, a follow-up or an escalation.</summary>
public sealed class MatterChange
{
    public string Change { get; set; } = "";
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public string Reason { get; set; } = "";
    public string By { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTime At { get; set; }
}
