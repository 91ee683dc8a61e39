using Suite.Contracts.Supervision.V1;

namespace Suite.Ledger;

/// <summary>
/// The words of the task-decomposition table (任务分解表): the plan's measures as the Mudanjiang opinion names them
/// (MDJ (一)…(十八)), the units by the names a county office writes, and the Chinese of Supervision's enums.
/// </summary>
public static class SupervisionLabels
{
    /// <summary>The 18 measures, numbered as in the opinion: measure n is Measures[n - 1].</summary>
    public static readonly IReadOnlyList<string> Measures =
    [
        "加强动态管理", "加强兜底救助保障", "加强健康服务", "加强法律保护", "加强权益维护", "加强基层服务",
        "加强家庭关爱", "加强群团关爱服务", "强化思想政治引领", "加强就业创业指导", "加强家庭教育支持服务", "激发内生动力",
        "引导参与基层治理", "充分发挥独特作用", "切实加强党的领导", "压实关爱工作责任", "鼓励社会力量参与", "营造关爱工作氛围",
    ];

    public static string Measure(int number) => number >= 1 && number <= Measures.Count ? Measures[number - 1] : "";

    /// <summary>A measure by its number ("10") or its name; 0 when neither.</summary>
    public static int MeasureNumber(string cell)
    {
        cell = cell.Trim();
        if (int.TryParse(cell, out var number))
        {
            return number >= 1 && number <= Measures.Count ? number : 0;
        }
        var index = Measures.ToList().IndexOf(cell);
        return index + 1;
    }

    /// <summary>The county departments (县直部门) that lead or co-operate in tasks, by code, with the name a table writes.</summary>
    public static readonly IReadOnlyDictionary<string, string> Departments = new Dictionary<string, string>
    {
        ["civil-affairs"] = "民政局", ["womens-federation"] = "妇联", ["justice"] = "司法局", ["public-security"] = "公安局",
        ["human-resources"] = "人社局", ["health"] = "卫健局", ["education"] = "教育局", ["disabled-persons-federation"] = "残联",
        ["agriculture"] = "农业农村局", ["rural-revitalization"] = "乡村振兴局", ["government"] = "县政府",
    };

    /// <summary>A department by its code, its table name, or that name without 局 ("民政"); null when none.</summary>
    public static string? DepartmentCode(string cell)
    {
        cell = cell.Trim();
        if (Departments.ContainsKey(cell))
        {
            return cell;
        }
        return Departments.FirstOrDefault(d => d.Value == cell || d.Value.TrimEnd('局') == cell).Key;
    }

    public static readonly CsvLabels<FigureState> FigureState = new(
        (Contracts.Supervision.V1.FigureState.Counted, "已统计"), (Contracts.Supervision.V1.FigureState.NothingToCount, "无统计对象"),
        (Contracts.Supervision.V1.FigureState.Missing, "缺数（服务未响应）"), (Contracts.Supervision.V1.FigureState.NoTarget, "未下达目标"),
        (Contracts.Supervision.V1.FigureState.Withheld, "小数不公开"));

    public static readonly CsvLabels<InterviewMethod> Method = new((InterviewMethod.Household, "入户访谈"), (InterviewMethod.Phone, "电话回访"));

    /// <summary>A rate as staff write it: "82.5%".</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
