using Suite.Contracts.Employment.V1;
using Suite.Persistence;

namespace Suite.Employment.Model;

/// <summary>A job post: trade, place, pay, pattern, openings (falling with each placement), mother-post flag.</summary>
public sealed class PostRecord : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long EmployerId { get; set; }
    public string Title { get; set; } = "";
    public Trade Trade { get; set; }
    public string AreaCode { get; set; } = "";
    public int MonthlyPayYuan { get; set; }
    public WorkPattern Pattern { get; set; }
    public int Openings { get; set; }
    public int OpeningsLeft { get; set; }
    public bool MotherPost { get; set; }
    public string DemonstrationSite { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
