using Suite.Contracts.Community.V1;
using Suite.Persistence;

namespace Suite.Community.Model;

/// <summary>A woman's membership of a village board (议事会, 村务监督委员会, 红白理事会…).</summary>
public sealed class BoardMemberRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string VillageCode { get; set; } = "";
    public BoardKind Kind { get; set; }
    public string BoardName { get; set; } = "";
    public long WomanId { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly? UntilDate { get; set; }
    public long Version { get; set; }
}
