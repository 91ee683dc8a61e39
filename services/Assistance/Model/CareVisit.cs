using Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.Model;

/// <summary>A care visit to a woman, by staff or by her paired volunteer.</summary>
public sealed class CareVisit
{
    public long Id { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public long? PairingId { get; set; }
    public string Visitor { get; set; } = "";
    public DateOnly Date { get; set; }
    public VisitMethod Method { get; set; }
    public string Notes { get; set; } = "";
    public DateOnly? NextVisitDate { get; set; }
    public string RecordedBy { get; set; } = "";
}
