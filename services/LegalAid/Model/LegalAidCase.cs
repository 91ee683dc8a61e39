using Suite.Contracts.LegalAid.V1;
using Suite.Persistence;

namespace Suite.LegalAid.Model;

/// <summary>A legal-aid application and, once approved, its case: the means-test rule applied, the decision, the provider, the outcome.</summary>
public sealed class LegalAidCase : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long WomanId { get; set; }
    public string AreaCode { get; set; } = "";
    public long? MatterId { get; set; }
    public AidScope Scope { get; set; }
    public MeansTestRule MeansTest { get; set; }
    public string MeansTestExplanation { get; set; } = "";
    public string HardshipStatement { get; set; } = "";
    public AidStatus Status { get; set; }
    public string DecisionReason { get; set; } = "";
    public string DecidedBy { get; set; } = "";
    public DateTime? DecidedAt { get; set; }
    public int? DaysToDecision { get; set; }
    public string ProviderName { get; set; } = "";
    public ProviderKind ProviderKind { get; set; }
    public string Outcome { get; set; } = "";
    public string SubmittedBy { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
}
