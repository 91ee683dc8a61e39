using Suite.Persistence;

namespace Suite.Community.Model;

/// <summary>A woman of the village standing in a committee election, and her result.</summary>
public sealed class CandidateRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long ElectionId { get; set; }
    public string VillageCode { get; set; } = "";
    public long WomanId { get; set; }
    public string RecommendedBy { get; set; } = "";
    public bool HasResult { get; set; }
    public int Votes { get; set; }
    public bool Elected { get; set; }
    public long Version { get; set; }
}
