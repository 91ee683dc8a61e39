using Suite.Contracts.Assistance.V1;
using Suite.Persistence;

namespace Suite.Assistance.Model;

/// <summary>One eligibility rule and whether she met it (stored as JSON in the application's row).</summary>
public sealed class RuleOutcome
{
    public string Rule { get; set; } = "";
    public bool Passed { get; set; }
    public string Explanation { get; set; } = "";
}
