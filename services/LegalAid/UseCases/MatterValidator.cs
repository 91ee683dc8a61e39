using Suite.Domain;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>The fields of matter requests, all checked before anything is read (INVALID_ARGUMENT names each one at fault).</summary>
public static class MatterValidator
{
    public static void Validate(Proto.CreateMatterRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Defined("channel", request.Channel, required: true);
        errors.Defined("kind", request.Kind, required: true);
        errors.Require(request.WomanId >= 0, "woman_id", "must not be negative");
        if (request.WomanId == 0)
        {
            errors.Require(AreaCode.IsDigits(request.AreaCode) && request.AreaCode.Length is AreaCode.VillageLength or AreaCode.TownshipLength,
                "area_code", "is required for an anonymous caller: a 12-digit village or 9-digit township code");
            errors.Text("contact", request.Contact, 100, required: false);
        }
        else
        {
            errors.Require(request.Contact.Length == 0, "contact", "is only for an anonymous caller; a registered woman's contact is in the Registry");
        }
        errors.Text("narrative", request.Narrative, 2000, required: true);
        errors.Require(request.DueInDays is >= 0 and <= 90, "due_in_days", "must be 1 to 90 (0 = 15)");
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.AssignMatterRequest request)
    {
        var errors = IdAndEtag(request.Id, request.Etag);
        errors.Text("handler", request.Handler, 100, required: true);
        errors.Text("handler_name", request.HandlerName, 50, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.AdvanceMatterRequest request)
    {
        var errors = IdAndEtag(request.Id, request.Etag);
        errors.Defined("action", request.Action, required: true);
        errors.Text("reason", request.Reason, 200, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.SetRiskColourRequest request)
    {
        var errors = IdAndEtag(request.Id, request.Etag);
        errors.Defined("colour", request.Colour, required: true);
        errors.Text("reason", request.Reason, 200, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordFollowUpRequest request)
    {
        var errors = IdAndEtag(request.Id, request.Etag);
        errors.Text("note", request.Note, 500, required: true);
        errors.ThrowIfAny();
    }

    /// <summary>The id and etag every change of an existing record needs.</summary>
    public static FieldViolations IdAndEtag(long id, string etag)
    {
        var errors = new FieldViolations();
        errors.Require(id > 0, "id", "is required");
        errors.Require(etag.Length > 0, "etag", "is required");
        return errors;
    }
}
