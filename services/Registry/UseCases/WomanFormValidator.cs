using Suite.Domain;
using Suite.GrpcServer.Errors;
using Suite.Registry.Rules;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>Validates a collection form (create, update after merge, import row), collecting every field at fault.</summary>
public sealed class WomanFormValidator(VillageDirectory villages)
{
    public const int MaxHouseholdMembers = 20;
    public const int MaxSkills = 10;

    /// <summary>Returns the valid form, or null with the violations added under <paramref name="prefix"/> (e.g. "woman.").</summary>
    public ValidWomanForm? Validate(Proto.Woman? w, DateOnly today, FieldViolations errors, string prefix = "woman.")
    {
        if (w is null)
        {
            errors.Add(prefix.TrimEnd('.'), "is required");
            return null;
        }
        var before = errors.Items.Count;
        errors.Text(prefix + "name", w.Name, 50, required: true);
        var idError = ResidentIdNumber.ValidateFemale(w.ResidentIdNumber, today, out var idNumber, out var birthDate);
        if (idError is not null)
        {
            errors.Add(prefix + "resident_id_number", idError);
        }
        errors.Text(prefix + "ethnicity", w.Ethnicity, 20, required: false);
        errors.Phone(prefix + "phone", w.Phone, required: false);
        var village = w.VillageCode.Length == AreaCode.VillageLength && AreaCode.IsDigits(w.VillageCode) ? villages.FindVillage(w.VillageCode) : null;
        errors.Require(village is not null, prefix + "village_code", "must be the 12-digit code of an existing village");
        errors.Text(prefix + "address", w.Address, 200, required: false);
        errors.Defined(prefix + "education", w.Education, required: false);
        errors.Defined(prefix + "health", w.Health, required: true);
        ValidateDisability(w, errors, prefix);
        errors.Defined(prefix + "economic_status", w.EconomicStatus, required: true);
        ValidateHusband(w.Husband, w.VillageCode, today, errors, prefix + "husband");
        ValidateHousehold(w, today, errors, prefix);
        errors.Require(double.IsFinite(w.ContractedLandMu) && w.ContractedLandMu is >= 0 and <= 10000, prefix + "contracted_land_mu", "must be between 0 and 10000 mu");
        errors.Defined(prefix + "employment_status", w.EmploymentStatus, required: false);
        if (errors.Require(w.Skills.Count <= MaxSkills, prefix + "skills", $"at most {MaxSkills} skills"))
        {
            for (var i = 0; i < w.Skills.Count; i++)
            {
                errors.Text($"{prefix}skills[{i}]", w.Skills[i], 30, required: true);
            }
        }
        for (var i = 0; i < w.Needs.Count; i++)
        {
            errors.Defined($"{prefix}needs[{i}]", w.Needs[i], required: true);
        }
        errors.Text(prefix + "collected_by", w.CollectedBy, 50, required: true);
        errors.PastDate(prefix + "collected_on", w.CollectedOn, today, required: true);

        return errors.Items.Count == before && village is not null ? new ValidWomanForm(w, idNumber, birthDate, village) : null;
    }

    private static void ValidateDisability(Proto.Woman w, FieldViolations errors, string prefix)
    {
        errors.Defined(prefix + "disability_category", w.DisabilityCategory, required: false);
        if (w.Health == Proto.HealthStatus.Disabled)
        {
            errors.Require(w.DisabilityCategory != Proto.DisabilityCategory.Unspecified, prefix + "disability_category", "is required when health is DISABLED");
            errors.Require(w.DisabilityGrade is >= 1 and <= 4, prefix + "disability_grade", "must be 1 to 4 when health is DISABLED");
        }
        else
        {
            errors.Require(w.DisabilityCategory == Proto.DisabilityCategory.Unspecified, prefix + "disability_category", "must be unset unless health is DISABLED");
            errors.Require(w.DisabilityGrade == 0, prefix + "disability_grade", "must be 0 unless health is DISABLED");
        }
    }

    private static void ValidateHusband(Proto.Husband? h, string villageCode, DateOnly today, FieldViolations errors, string field)
    {
        if (h is null)
        {
            errors.Add(field, "is required: the ledger holds women whose husband is away");
            return;
        }
        errors.Text(field + ".name", h.Name, 50, required: true);
        errors.Defined(field + ".work_place", h.WorkPlace, required: true);
        errors.Text(field + ".work_location", h.WorkLocation, 100, required: false);
        errors.Require(WorkPlaceAgrees(h.WorkPlace, h.WorkLocation, villageCode), field + ".work_location",
            "does not agree with work_place (in her province, in another province, abroad)");
        errors.PastDate(field + ".departure_date", h.DepartureDate, today, required: true);
        errors.Defined(field + ".contact_frequency", h.ContactFrequency, required: false);
    }

    /// <summary>
    /// 省内 / 省外 / 境外 must agree with the place written beside it (a husband "abroad" in 宁波 is a slip of the pen):
    /// in province means her village's province, out of province another one, abroad a place outside the mainland.
    /// </summary>
    public static bool WorkPlaceAgrees(Proto.HusbandWorkPlace workPlace, string location, string villageCode)
    {
        var province = PlaceNames.ProvinceOf(location);
        var home = villageCode.Length >= 2 ? villageCode[..2] : "";
        return workPlace switch
        {
            Proto.HusbandWorkPlace.InProvince => !PlaceNames.IsAbroad(location) && (province is null || province == home),
            Proto.HusbandWorkPlace.OutOfProvince => !PlaceNames.IsAbroad(location) && province != home,
            Proto.HusbandWorkPlace.Abroad => province is null,
            _ => true,
        };
    }

    private static void ValidateHousehold(Proto.Woman w, DateOnly today, FieldViolations errors, string prefix)
    {
        if (!errors.Require(w.HouseholdMembers.Count <= MaxHouseholdMembers, prefix + "household_members", $"at most {MaxHouseholdMembers} members"))
        {
            return;
        }
        for (var i = 0; i < w.HouseholdMembers.Count; i++)
        {
            var m = w.HouseholdMembers[i];
            var field = $"{prefix}household_members[{i}]";
            errors.Defined(field + ".relation", m.Relation, required: true);
            errors.Text(field + ".name", m.Name, 50, required: true);
            errors.PastDate(field + ".birth_date", m.BirthDate, today, required: false);
            errors.Defined(field + ".schooling", m.Schooling, required: false);
            errors.Text(field + ".note", m.Note, 200, required: false);
        }
    }
}
