using Suite.Assistance.Rules;
using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>The fields of application requests, all checked before anything is read (INVALID_ARGUMENT names each one at fault).</summary>
public static class ApplicationValidator
{
    public static void Validate(Proto.CreateApplicationRequest request)
    {
        var errors = new FieldViolations();
        errors.Text("request_id", request.RequestId, 64, required: true);
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Require(request.ProgrammeCode.Length > 0, "programme_code", "is required");
        errors.ThrowIfAny();
    }

    public static void Validate(Proto.AdvanceApplicationRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.Id > 0, "id", "is required");
        errors.Require(request.Etag.Length > 0, "etag", "is required");
        errors.Require(ApplicationWorkflow.IsKnown(request.Action), "action", "is required");
        errors.Require(request.Reason.Length <= 200, "reason", "must be at most 200 characters");
        if (ApplicationWorkflow.NeedsReason(request.Action))
        {
            errors.Require(request.Reason.Trim().Length > 0, "reason", "is required to reject or end an application");
        }
        errors.ThrowIfAny();
    }
}
