using Suite.Contracts.Community.V1;

namespace Suite.Community.Model;

/// <summary>An election of a village committee (村"两委") for a term: seats, electorate and votes cast.</summary>
public sealed class ElectionRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public VillageBody Body { get; set; }
    public int TermStartYear { get; set; }
    public int Seats { get; set; }
    public int Electorate { get; set; }
    public int VotesCast { get; set; }
}
