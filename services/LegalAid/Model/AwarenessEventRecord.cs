using Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.Model;

/// <summary>A legal awareness event: where, when, who organised it, the laws explained and the attendance.</summary>
public sealed class AwarenessEventRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public DateOnly Date { get; set; }
    public string Place { get; set; } = "";
    public string Organiser { get; set; } = "";
    public List<Law> Laws { get; set; } = [];
    public int Attendance { get; set; }
}
