using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Common;
using Suite.Contracts.Registry.V1;

namespace Suite.Assistance.Rules;

/// <summary>
/// Evaluates a programme's rules against a woman's Registry record, rule by rule, with the reason for each
/// outcome, so that an officer sees why she is (not) eligible. Health details withheld by the Registry
/// (no consent to share them) fail the health rules with that reason.
/// </summary>
public static class EligibilityEvaluator
{
    public static IReadOnlyList<RuleResult> Evaluate(EligibilityRules rules, Woman woman, DateOnly today)
    {
        var results = new List<RuleResult>();
        var age = AgeOn(woman.BirthDate?.ToDateOnly(), today);
        if (rules.MinAge > 0 || rules.MaxAge > 0)
        {
            var range = $"age {(rules.MinAge > 0 ? rules.MinAge : 0)}..{(rules.MaxAge > 0 ? rules.MaxAge.ToString() : "")}";
            var passed = age is { } a && (rules.MinAge == 0 || a >= rules.MinAge) && (rules.MaxAge == 0 || a <= rules.MaxAge);
            results.Add(Result(range, passed, age is null ? "birth date unknown" : $"she is {age}"));
        }
        if (rules.EconomicStatuses.Count > 0)
        {
            results.Add(Result("economic status " + Names(rules.EconomicStatuses), rules.EconomicStatuses.Contains(woman.EconomicStatus),
                "her household is " + ProtoEnumNames.Of(woman.EconomicStatus)));
        }
        var healthShared = woman.Health != HealthStatus.Unspecified;
        if (rules.HealthStatuses.Count > 0)
        {
            results.Add(healthShared
                ? Result("health " + Names(rules.HealthStatuses), rules.HealthStatuses.Contains(woman.Health), "her health is " + ProtoEnumNames.Of(woman.Health))
                : Result("health " + Names(rules.HealthStatuses), false, "health details are not shared with your department (no consent)"));
        }
        if (rules.DisabilityCategories.Count > 0)
        {
            results.Add(Result("disability " + Names(rules.DisabilityCategories), rules.DisabilityCategories.Contains(woman.DisabilityCategory),
                woman.DisabilityCategory == DisabilityCategory.Unspecified ? "no disability recorded" : "her disability is " + ProtoEnumNames.Of(woman.DisabilityCategory)));
        }
        if (rules.MaxDisabilityGrade > 0)
        {
            var passed = woman.DisabilityGrade is >= 1 && woman.DisabilityGrade <= rules.MaxDisabilityGrade;
            results.Add(Result($"disability grade 1..{rules.MaxDisabilityGrade}", passed, woman.DisabilityGrade == 0 ? "no disability grade recorded" : $"her grade is {woman.DisabilityGrade}"));
        }
        if (rules.PriorityOnly)
        {
            results.Add(Result("priority woman", woman.Priority == PriorityLevel.Priority, "her priority is " + ProtoEnumNames.Of(woman.Priority)));
        }
        if (rules.LeftBehindOnly)
        {
            results.Add(Result("left-behind today", woman.LeftBehind, woman.LeftBehind ? "she is left-behind" : "she is not left-behind today"));
        }
        return results;
    }

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

    private static RuleResult Result(string rule, bool passed, string explanation) => new() { Rule = rule, Passed = passed, Explanation = explanation };

    private static string Names<T>(IEnumerable<T> values) where T : struct, Enum => string.Join("/", values.Select(v => ProtoEnumNames.Of(v)));
}
