namespace Suite.Community.Model;

/// <summary>A counsellor serving a counselling point, named by their staff subject: the point's counsellors are who may read its notes.</summary>
public sealed class CounsellorRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long PointId { get; set; }
    public string AreaCode { get; set; } = "";
    /// <summary>The staff subject, as in their token's "sub" claim.</summary>
    public string Subject { get; set; } = "";
    public string Name { get; set; } = "";
    public string Qualification { get; set; } = "";
    public string AddedBy { get; set; } = "";
    public DateTime AddedAt { get; set; }
}
