using Suite.Domain;
using Suite.Ledger;

namespace Suite.Supervision.Rules;

/// <summary>
/// The units of the task table: a county department (by code, e.g. "justice") or a township (its 9-digit code). A
/// caller's unit is her township when her area is one, else her department.
/// </summary>
public static class Units
{
    public static bool IsDepartment(string unit) => SupervisionLabels.Departments.ContainsKey(unit);

    /// <summary>A unit of this county's table: a department, or one of the county's townships as the Registry lists them.</summary>
    public static bool IsUnitOf(string unit, IReadOnlySet<string> townships) => IsDepartment(unit) || townships.Contains(unit);

    public static string OfCaller(string department, string area) => area.Length == AreaCode.TownshipLength ? area : department;
}
