using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Community.V1;

namespace Suite.Community.UseCases;

/// <summary>The fields of places.</summary>
public static class PlaceValidator
{
    public static void Validate(Proto.CreatePlaceRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        if (errors.Require(request.Place is not null, "place", "is required"))
        {
            var p = request.Place!;
            errors.Text("place.name", p.Name, 100, required: true);
            errors.Defined("place.kind", p.Kind, required: true);
            errors.Require(WorkArea(p.AreaCode), "place.area_code", "must be a township (9) or village (12 digits) code");
            Contact(errors, "place.", p.Keeper, p.Phone, p.OpeningHours);
            errors.Text("place.host", p.Host, 100, required: false);
        }
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.UpdatePlaceRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        Contact(errors, "", request.Keeper, request.Phone, request.OpeningHours);
        errors.ThrowIfAny();
    }

    /// <summary>A township (9 digits) or village (12 digits) code: where places, activities and teams are.</summary>
    public static bool WorkArea(string code) => AreaCode.IsDigits(code) && code.Length is AreaCode.TownshipLength or AreaCode.VillageLength;

    private static void Contact(FieldViolations errors, string prefix, string keeper, string phone, string openingHours)
    {
        errors.Text(prefix + "keeper", keeper, 50, required: true);
        errors.Text(prefix + "phone", phone, 20, required: false);
        errors.Text(prefix + "opening_hours", openingHours, 100, required: false);
    }
}
