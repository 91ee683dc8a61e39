using Suite.Contracts.Assistance.V1;
using Suite.Persistence;

namespace Suite.Assistance.Model;

/// <summary>What an active application delivered: a month of cash, a screening, a session of a service.</summary>
public sealed class Benefit : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public long ApplicationId { get; set; }
    public long WomanId { get; set; }
    /// <summary>Copied from the application, for area statistics.</summary>
    public string VillageCode { get; set; } = "";
    public string ProgrammeCode { get; set; } = "";
    public BenefitKind Kind { get; set; }
    /// <summary>Cash: "yyyy-MM".</summary>
    public string Month { get; set; } = "";
    public long AmountFen { get; set; }
    public DateOnly? PaidOn { get; set; }
    /// <summary>Screening appointment or session date.</summary>
    public DateOnly? Date { get; set; }
    public ScreeningResult ScreeningResult { get; set; }
    public string Note { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
