using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.LegalAid.V1;

namespace Suite.LegalAid.UseCases;

/// <summary>The fields of legal-aid requests.</summary>
public static class AidValidator
{
    public static void Validate(Proto.CreateLegalAidApplicationRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Require(request.MatterId >= 0, "matter_id", "must not be negative");
        errors.Defined("scope", request.Scope, required: true);
        errors.Text("hardship_statement", request.HardshipStatement, 1000, required: false);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.DecideLegalAidApplicationRequest request)
    {
        var errors = MatterValidator.IdAndEtag(request.Id, request.Etag);
        errors.Text("reason", request.Reason, 200, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.AssignLegalAidProviderRequest request)
    {
        var errors = MatterValidator.IdAndEtag(request.Id, request.Etag);
        errors.Text("provider_name", request.ProviderName, 50, required: true);
        errors.Defined("provider_kind", request.ProviderKind, required: true);
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.RecordLegalAidOutcomeRequest request)
    {
        var errors = MatterValidator.IdAndEtag(request.Id, request.Etag);
        errors.Text("outcome", request.Outcome, 500, required: true);
        errors.ThrowIfAny();
    }
}
