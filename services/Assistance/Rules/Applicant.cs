using Suite.Assistance.Model;
using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.Rules;

/// <summary>What eligibility rules look at, from the Registry's record or from Assistance's read model.</summary>
public sealed record Applicant(
    DateOnly? BirthDate, EconomicStatus EconomicStatus, HealthStatus Health, DisabilityCategory DisabilityCategory,
    int DisabilityGrade, PriorityLevel Priority, bool LeftBehind, bool Diagnosed)
{
    /// <param name="diagnosed">Whether a screening recorded in Assistance found a diagnosis.</param>
    public static Applicant From(Woman woman, bool diagnosed) => new(
        woman.BirthDate?.ToDateOnly(), woman.EconomicStatus, woman.Health, woman.DisabilityCategory, woman.DisabilityGrade, woman.Priority, woman.LeftBehind, diagnosed);

    public static Applicant From(WomanRecord record, DateOnly today, bool diagnosed) => new(
        record.BirthDate, record.EconomicStatus, record.Health, record.DisabilityCategory, record.DisabilityGrade, record.Priority,
        record.Active && record.VillageRural && record.LeftBehindSince is { } since && since <= today, diagnosed);
}
