using Suite.Contracts.FamilyEducation.V1;

namespace Suite.FamilyEducation.Model;

/// <summary>A guidance session of a pairing, kept per woman and date for coverage.</summary>
public sealed class SessionRecord
{
    public long Id { get; set; }
    public long PairingId { get; set; }
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public DateOnly Date { get; set; }
    public SessionForm Form { get; set; }
    public List<Topic> Topics { get; set; } = [];
    public string Note { get; set; } = "";
}
