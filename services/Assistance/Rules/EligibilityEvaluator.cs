using Suite.Contracts.Assistance.V1;
using Suite.Contracts.Registry.V1;
using Suite.Ledger;

namespace Suite.Assistance.Rules;

/// <summary>
/// A programme's rules compiled into checks, each with its rule text, its test and the reason shown to an officer (in Chinese).
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
            _checks.Add(($"年龄 {rules.MinAge}–{(rules.MaxAge > 0 ? rules.MaxAge.ToString() : "")} 岁",
                (a, today) => AgeOn(a.BirthDate, today) is { } age && age >= rules.MinAge && (rules.MaxAge == 0 || age <= rules.MaxAge),
                (a, today) => AgeOn(a.BirthDate, today) is { } age ? $"她 {age} 岁" : "出生日期不详"));
        }
        if (rules.EconomicStatuses.Count > 0)
        {
            _checks.Add(("经济状况为" + Names(LedgerLabels.Economic, rules.EconomicStatuses),
                (a, _) => rules.EconomicStatuses.Contains(a.EconomicStatus),
                (a, _) => "她家经济状况为" + Name(LedgerLabels.Economic, a.EconomicStatus)));
        }
        if (rules.HealthStatuses.Count > 0)
        {
            _checks.Add(("健康状况为" + Names(LedgerLabels.Health, rules.HealthStatuses),
                (a, _) => rules.HealthStatuses.Contains(a.Health),
                (a, _) => a.Health == HealthStatus.Unspecified ? "她未同意向本部门共享健康信息" : "她的健康状况为" + Name(LedgerLabels.Health, a.Health)));
        }
        if (rules.DisabilityCategories.Count > 0)
        {
            _checks.Add(("残疾类别为" + Names(LedgerLabels.Disability, rules.DisabilityCategories),
                (a, _) => rules.DisabilityCategories.Contains(a.DisabilityCategory),
                (a, _) => a.DisabilityCategory == DisabilityCategory.Unspecified ? "未登记残疾" : "她的残疾类别为" + Name(LedgerLabels.Disability, a.DisabilityCategory)));
        }
        if (rules.MaxDisabilityGrade > 0)
        {
            _checks.Add(($"残疾等级 1–{rules.MaxDisabilityGrade} 级",
                (a, _) => a.DisabilityGrade >= 1 && a.DisabilityGrade <= rules.MaxDisabilityGrade,
                (a, _) => a.DisabilityGrade == 0 ? "未登记残疾等级" : $"她的残疾等级为 {a.DisabilityGrade} 级"));
        }
        if (rules.PriorityOnly)
        {
            _checks.Add(("重点妇女", (a, _) => a.Priority == PriorityLevel.Priority, (a, _) => "她的关注程度为" + Name(LedgerLabels.Priority, a.Priority)));
        }
        if (rules.DiagnosisRequired)
        {
            _checks.Add(("筛查确诊", (a, _) => a.Diagnosed, (a, _) => a.Diagnosed ? "筛查已确诊" : "筛查未记录确诊"));
        }
        if (rules.LeftBehindOnly)
        {
            _checks.Add(("目前留守", (a, _) => a.LeftBehind, (a, _) => a.LeftBehind ? "她目前留守" : "她目前不是留守妇女"));
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

    // Officers read the rules and reasons: the ledger's Chinese names, never enum names.
    private static string Name<T>(CsvLabels<T> labels, T value) where T : struct, Enum => labels.Label(value) is { Length: > 0 } label ? label : "未填写";

    private static string Names<T>(CsvLabels<T> labels, IEnumerable<T> values) where T : struct, Enum => string.Join("/", values.Select(v => Name(labels, v)));
}
