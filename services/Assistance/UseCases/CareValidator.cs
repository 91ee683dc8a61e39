using Suite.GrpcServer.Errors;
using Proto = Suite.Contracts.Assistance.V1;

namespace Suite.Assistance.UseCases;

/// <summary>The fields of pairings.</summary>
public static class CareValidator
{
    public static void Validate(Proto.CreatePairingRequest request)
    {
        var errors = new FieldViolations();
        errors.Require(request.WomanId > 0, "woman_id", "is required");
        errors.Text("volunteer_name", request.VolunteerName, 50, required: true);
        errors.Text("volunteer_organisation", request.VolunteerOrganisation, 100, required: false);
        errors.ThrowIfAny();
    }
}
