using Suite.Contracts.Assistance.V1;
using Suite.Persistence;

namespace Suite.Assistance.Model;

/// <summary>One step of the workflow: who moved it, when, why.</summary>
public sealed class StatusChange
{
    public ApplicationStatus From { get; set; }
    public ApplicationStatus To { get; set; }
    public string By { get; set; } = "";
    public string ByName { get; set; } = "";
    public DateTime At { get; set; }
    public string Reason { get; set; } = "";
    /// <summary>An approval that overrode failed eligibility rules.</summary>
    public bool Override { get; set; }
}
