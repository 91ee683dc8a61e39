using Suite.Contracts.Community.V1;
using Suite.Persistence;

namespace Suite.Community.Model;

/// <summary>A purchased-service project (政府购买服务): what it promises is <see cref="ProjectServiceRecord"/> rows; what it delivered is counted from the records.</summary>
public sealed class ProjectRecord : IVersioned
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long OrganisationId { get; set; }
    public string BuyingDepartment { get; set; } = "";
    public string Title { get; set; } = "";
    public long BudgetYuan { get; set; }
    public DateOnly FromDate { get; set; }
    public DateOnly ToDate { get; set; }
    public string AreaCode { get; set; } = "";
    public ProjectStatus Status { get; set; } = ProjectStatus.Running;
    /// <summary>The day of the organisation's last delivery report.</summary>
    public DateOnly? ReportedDate { get; set; }
    /// <summary>Delivery reports received (each changes the etag).</summary>
    public int Reports { get; set; }
    public DateOnly? AcceptedDate { get; set; }
    public long Version { get; set; }

    /// <summary>Running on that day: not accepted, and the day inside its period.</summary>
    public bool RunsOn(DateOnly day) => Status == ProjectStatus.Running && day >= FromDate && day <= ToDate;
}
