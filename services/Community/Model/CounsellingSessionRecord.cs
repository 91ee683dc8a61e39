namespace Suite.Community.Model;

/// <summary>A counselling session (个体或团体心理疏导) held at a counselling point. Its notes never leave the point's counsellors.</summary>
public sealed class CounsellingSessionRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    /// <summary>The counselling point: a place of the register.</summary>
    public long PointId { get; set; }
    public string AreaCode { get; set; } = "";
    public DateOnly Date { get; set; }
    /// <summary>The purchased-service project it was delivered under, if any.</summary>
    public long? ProjectId { get; set; }
}
