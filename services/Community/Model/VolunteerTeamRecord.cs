namespace Suite.Community.Model;

/// <summary>A volunteer team (巾帼志愿服务队 and others) of a township or village.</summary>
public sealed class VolunteerTeamRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public string Name { get; set; } = "";
    public string AreaCode { get; set; } = "";
    public string LeaderName { get; set; } = "";
    public string Phone { get; set; } = "";
}
