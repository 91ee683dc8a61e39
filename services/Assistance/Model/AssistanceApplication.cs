using Suite.Contracts.Assistance.V1;
using Suite.Persistence;

namespace Suite.Assistance.Model;

/// <summary>A woman's application for a programme, with its eligibility outcome and every workflow step.</summary>
public sealed class AssistanceApplication : IVersioned
{
    public long Id { get; set; }
    public long Version { get; set; }
    public string RequestId { get; set; } = "";
    public long WomanId { get; set; }
    public string WomanName { get; set; } = "";
    /// <summary>Copied from the Registry at creation: the application's area for scoping.</summary>
    public string VillageCode { get; set; } = "";
    public string ProgrammeCode { get; set; } = "";
    public ApplicationStatus Status { get; set; }
    public bool Eligible { get; set; }
    public List<RuleOutcome> Eligibility { get; set; } = [];
    public string SubmittedBy { get; set; } = "";
    public List<StatusChange> History { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    /// <summary>Set when she left the Registry's ledger while the benefit was running: an officer should end it.</summary>
    public string EndingProposed { get; set; } = "";
    /// <summary>Approved although eligibility rules failed: an override, with its reason in the history.</summary>
    public bool EligibilityOverridden { get; set; }
}
