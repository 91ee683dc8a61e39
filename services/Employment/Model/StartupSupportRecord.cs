using Suite.Contracts.Employment.V1;

namespace Suite.Employment.Model;

/// <summary>A guaranteed start-up loan with interest subsidy, or the one-time start-up subsidy.</summary>
public sealed class StartupSupportRecord
{
    public long Id { get; set; }
    public string RequestId { get; set; } = "";
    public long WomanId { get; set; }
    public string VillageCode { get; set; } = "";
    public SupportKind Kind { get; set; }
    public int AmountYuan { get; set; }
    public DateOnly Date { get; set; }
    public string Bank { get; set; } = "";
    public int TermMonths { get; set; }
    public double SubsidisedRatePercent { get; set; }
    public LoanStatus LoanStatus { get; set; }
    public string IncubationBase { get; set; } = "";
}
