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

    public static bool IsTownshipOf(string unit, string countyCode) =>
        unit.Length == AreaCode.TownshipLength && AreaCode.IsDigits(unit) && unit.StartsWith(countyCode, StringComparison.Ordinal);

    /// <summary>A valid unit of this county's table.</summary>
    public static bool IsUnitOf(string unit, string countyCode) => IsDepartment(unit) || IsTownshipOf(unit, countyCode);

    public static string OfCaller(string department, string area) => area.Length == AreaCode.TownshipLength ? area : department;
}
