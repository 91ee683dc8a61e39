using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>The fields of awareness events and of period filters.</summary>
public static class AwarenessValidator
{
    public static void Validate(Proto.RecordAwarenessEventRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Event is not null, "event", "is required"))
        {
            var e = request.Event!;
            errors.Require(AreaCode.IsDigits(e.AreaCode) && e.AreaCode.Length is AreaCode.VillageLength or AreaCode.TownshipLength,
                "event.area_code", "must be a 12-digit village or 9-digit township code");
            errors.PastDate("event.date", e.Date, today, required: true);
            errors.Text("event.place", e.Place, 100, required: true);
            errors.Text("event.organiser", e.Organiser, 100, required: true);
            errors.Require(e.Laws.Count > 0 && e.Laws.All(l => l != Proto.Law.Unspecified && Enum.IsDefined(l)), "event.laws", "name at least one known law");
            errors.Require(e.Attendance is >= 0 and <= 100_000, "event.attendance", "must be 0 to 100,000");
        }
        errors.ThrowIfAny();
    }
}
