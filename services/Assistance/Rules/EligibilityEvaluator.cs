using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.Rules;

/// <summary>
/// A programme's rules compiled into checks, each with its rule text, its test and the reason shown to an officer.
/// Applications get every outcome with its reason; coverage counts only ask whether all pass. Health details
/// withheld by the Registry (no consent to share them) fail the health rules with that reason.
/// </summary>
public sealed class EligibilityEvaluator
{
    private readonly List<(string Rule, Func<Applicant, DateOnly, bool> Passes, Func<Applicant, DateOnly, string> Explain)> _checks = [];

    public EligibilityEvaluator(EligibilityRules rules)
    {
        if (rules.MinAge > 0 || rules.MaxAge > 0)
        {
            _checks.Add(($"age {rules.MinAge}..{(rules.MaxAge > 0 ? rules.MaxAge.ToString() : "")}",
                (a, today) => AgeOn(a.BirthDate, today) is { } age && age >= rules.MinAge && (rules.MaxAge == 0 || age <= rules.MaxAge),
                (a, today) => AgeOn(a.BirthDate, today) is { } age ? $"she is {age}" : "birth date unknown"));
        }
        if (rules.EconomicStatuses.Count > 0)
        {
            _checks.Add(("economic status " + Names(rules.EconomicStatuses),
                (a, _) => rules.EconomicStatuses.Contains(a.EconomicStatus),
                (a, _) => "her household is " + ProtoEnumNames.Of(a.EconomicStatus)));
        }
        if (rules.HealthStatuses.Count > 0)
        {
            _checks.Add(("health " + Names(rules.HealthStatuses),
                (a, _) => rules.HealthStatuses.Contains(a.Health),
                (a, _) => a.Health == HealthStatus.Unspecified ? "health details are not shared with your department (no consent)" : "her health is " + ProtoEnumNames.Of(a.Health)));
        }
        if (rules.DisabilityCategories.Count > 0)
        {
            _checks.Add(("disability " + Names(rules.DisabilityCategories),
                (a, _) => rules.DisabilityCategories.Contains(a.DisabilityCategory),
                (a, _) => a.DisabilityCategory == DisabilityCategory.Unspecified ? "no disability recorded" : "her disability is " + ProtoEnumNames.Of(a.DisabilityCategory)));
        }
        if (rules.MaxDisabilityGrade > 0)
        {
            _checks.Add(($"disability grade 1..{rules.MaxDisabilityGrade}",
                (a, _) => a.DisabilityGrade >= 1 && a.DisabilityGrade <= rules.MaxDisabilityGrade,
                (a, _) => a.DisabilityGrade == 0 ? "no disability grade recorded" : $"her grade is {a.DisabilityGrade}"));
        }
        if (rules.PriorityOnly)
        {
            _checks.Add(("priority woman", (a, _) => a.Priority == PriorityLevel.Priority, (a, _) => "her priority is " + ProtoEnumNames.Of(a.Priority)));
        }
        if (rules.DiagnosisRequired)
        {
            _checks.Add(("diagnosed at a screening", (a, _) => a.Diagnosed, (a, _) => a.Diagnosed ? "a screening found a diagnosis" : "no diagnosis recorded at a screening"));
        }
        if (rules.LeftBehindOnly)
        {
            _checks.Add(("left-behind today", (a, _) => a.LeftBehind, (a, _) => a.LeftBehind ? "she is left-behind" : "she is not left-behind today"));
        }
    }

    public IReadOnlyList<RuleResult> Evaluate(Applicant applicant, DateOnly today) =>
        _checks.Select(c => new RuleResult { Rule = c.Rule, Passed = c.Passes(applicant, today), Explanation = c.Explain(applicant, today) }).ToList();

    public bool Passes(Applicant applicant, DateOnly today) => _checks.TrueForAll(c => c.Passes(applicant, today));

    /// <summary>Whole years completed on <paramref name="today"/>: the birthday itself counts.</summary>
    public static int? AgeOn(DateOnly? birth, DateOnly today)
    {
        if (birth is not { } b)
        {
            return null;
        }
        var age = today.Year - b.Year;
        return today < b.AddYears(age) ? age - 1 : age;
    }

    private static string Names<T>(IEnumerable<T> values) where T : struct, Enum => string.Join("/", values.Select(v => ProtoEnumNames.Of(v)));
}
