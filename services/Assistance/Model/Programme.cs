using Suite.Contracts.Assistance.V1;
using Suite.Persistence;

namespace Suite.Assistance.Model;

/// <summary>A programme of the catalogue. Its eligibility rules are data (stored as the contract's JSON), not code.</summary>
public sealed class Programme : IVersioned
{
    public string Code { get; set; } = "";
    public long Version { get; set; }
    public string Name { get; set; } = "";
    public string LeadDepartment { get; set; } = "";
    public ProgrammeKind Kind { get; set; }
    /// <summary><see cref="EligibilityRules"/> in protobuf JSON.</summary>
    public string RulesJson { get; set; } = "{}";
    public long CashMonthlyFen { get; set; }
    public int CashPeriodMonths { get; set; }
    public bool Active { get; set; } = true;
    public string Description { get; set; } = "";
    /// <summary>An application to it tells something about her health or disability: small counts are suppressed.</summary>
    public bool Sensitive { get; set; }
}
