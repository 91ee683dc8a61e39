using Suite.Contracts.Community.V1;
using Suite.Persistence;

namespace Suite.Community.Model;

/// <summary>A community place (阵地) of the suite's one register: where activities, counselling and guidance happen.</summary>
public sealed class PlaceRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string Name { get; set; } = "";
    public PlaceKind Kind { get; set; }
    public string AreaCode { get; set; } = "";
    public string Keeper { get; set; } = "";
    public string Phone { get; set; } = "";
    public string OpeningHours { get; set; } = "";
    public string Host { get; set; } = "";
    public bool Active { get; set; } = true;
    public long Version { get; set; }
}
