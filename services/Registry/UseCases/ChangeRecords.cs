using Suite.Registry.Model;
using Suite.Security;

namespace Suite.Registry.UseCases;

/// <summary>Builds the change records of a diff; ID and phone changes are recorded masked, since the history is shown to every reader.</summary>
public static class ChangeRecords
{
    public static IEnumerable<ChangeRecord> For(long womanId, IEnumerable<(string Field, string Old, string New)> diff,
        string reason, DateOnly effectiveDate, string recordedBy, string recordedBySubject, DateTime now) =>
        diff.Select(d => new ChangeRecord
        {
            WomanId = womanId,
            Field = d.Field,
            OldValue = Masked(d.Field, d.Old),
            NewValue = Masked(d.Field, d.New),
            Reason = reason,
            EffectiveDate = effectiveDate,
            RecordedBy = recordedBy,
            RecordedBySubject = recordedBySubject,
            RecordedAt = now,
        });

    private static string Masked(string field, string value) => field switch
    {
        "resident_id_number" => PersonalDataMask.ResidentId(value),
        "phone" => PersonalDataMask.Phone(value),
        _ => value,
    };
}
