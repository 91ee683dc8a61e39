using System.Globalization;
using Suite.Contracts.Common;
using Suite.Registry.Model;

namespace Suite.Registry.UseCases;

/// <summary>
/// A woman's recorded fields as text, keyed by the field path clients know ("phone", "husband.work_place").
/// Comparing two snapshots gives the field-level change records (变更情况表) and tells an import row "unchanged".
/// </summary>
public sealed class WomanSnapshot
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private WomanSnapshot(List<KeyValuePair<string, string>> fields) => _fields = fields;

    public static WomanSnapshot Of(Woman w) => new(
    [
        new("name", w.Name),
        new("resident_id_number", w.ResidentIdNumber),
        new("ethnicity", w.Ethnicity),
        new("phone", w.Phone),
        new("village_code", w.VillageCode),
        new("address", w.Address),
        new("education", Enum(w.Education)),
        new("health", Enum(w.Health)),
        new("disability_category", Enum(w.DisabilityCategory)),
        new("disability_grade", w.DisabilityGrade == 0 ? "" : w.DisabilityGrade.ToString(CultureInfo.InvariantCulture)),
        new("economic_status", Enum(w.EconomicStatus)),
        new("husband.name", w.HusbandName),
        new("husband.work_place", Enum(w.HusbandWorkPlace)),
        new("husband.work_location", w.HusbandWorkLocation),
        new("husband.departure_date", Date(w.HusbandDepartureDate)),
        new("husband.contact_frequency", Enum(w.HusbandContactFrequency)),
        new("household_members", string.Join("; ", w.HouseholdMembers.Select(m =>
            $"{Enum(m.Relation)} {m.Name} {Date(m.BirthDate)} {Enum(m.Schooling)} {m.Note}".TrimEnd()))),
        new("contracted_land_mu", w.ContractedLandMu.ToString(CultureInfo.InvariantCulture)),
        new("employment_status", Enum(w.EmploymentStatus)),
        new("skills", string.Join(", ", w.Skills)),
        new("needs", string.Join(", ", w.FormNeeds.ToNeeds().Select(n => ProtoEnumNames.Of(n)))),
        new("consent_to_share", w.ConsentToShare ? "true" : "false"),
        new("consent_to_share_health", w.ConsentToShareHealth ? "true" : "false"),
        new("collected_by", w.CollectedBy),
        new("collected_on", Date(w.CollectedOn)),
        new("status", Enum(w.Status)),
        new("exit.reason", Enum(w.ExitReason)),
        new("exit.effective_date", Date(w.ExitDate)),
        new("exit.note", w.ExitNote),
        new("assessment.level", Enum(w.AssessedLevel)),
        new("assessment.needs", string.Join(", ", w.AssessedNeeds.ToNeeds().Select(n => ProtoEnumNames.Of(n)))),
        new("assessment.next_visit_date", Date(w.NextVisitDate)),
        new("assessment.assessed_on", Date(w.AssessedOn)),
        new("assessment.assessed_by", w.AssessedBy),
        new("assessment.notes", w.AssessmentNotes),
    ]);

    /// <summary>The fields whose value differs in <paramref name="after"/>, in form order.</summary>
    public IReadOnlyList<(string Field, string Old, string New)> Diff(WomanSnapshot after) =>
        _fields.Zip(after._fields)
            .Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => (pair.First.Key, pair.First.Value, pair.Second.Value))
            .ToList();

    private static string Enum(System.Enum value) => Convert.ToInt32(value, CultureInfo.InvariantCulture) == 0 ? "" : ProtoEnumNames.Of(value);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
