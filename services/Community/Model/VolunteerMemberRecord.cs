namespace Suite.Community.Model;

/// <summary>A member of a volunteer team; a volunteer who is herself on the ledger names her Registry id.</summary>
public sealed class VolunteerMemberRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long TeamId { get; set; }
    /// <summary>The team's area.</summary>
    public string AreaCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public long? WomanId { get; set; }
}
