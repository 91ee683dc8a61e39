using Grpc.Core;
using Suite.GrpcServer.Errors;
using Suite.Registry.Grpc;
using Suite.Security;
using Proto = Suite.Contracts.Registry.V1;

namespace Suite.Registry.UseCases;

/// <summary>
/// What a caller may see of a woman (minimum necessity, PIPL Art. 6): ID and phone masked unless revealed with
/// pii.reveal and a stated purpose; other departments see nothing without her consent to share, and no health or
/// disability details without her separate consent to share those (Art. 29).
/// </summary>
public sealed class WomanDisclosure(CurrentCaller caller, IConfiguration configuration)
{
    private readonly string _ownerDepartment = configuration["Registry:OwnerDepartment"] ?? "civil-affairs";

    /// <summary>True when the caller belongs to another department than civil affairs, who keeps the ledger.</summary>
    public bool IsSharing => caller.Caller.Department != _ownerDepartment;

    /// <summary>Checks a reveal request: false for none; PERMISSION_DENIED without pii.reveal.</summary>
    public bool Reveal(string purpose)
    {
        if (purpose.Length == 0)
        {
            return false;
        }
        if (FieldRules.Length(purpose) > 200)
        {
            throw ValidationFailedException.For("reveal_purpose", "must be at most 200 characters");
        }
        if (!caller.Has(SuitePermissions.PiiReveal))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"Revealing full ID and phone numbers needs the {SuitePermissions.PiiReveal} permission."));
        }
        return true;
    }

    /// <summary>Refuses a single record to another department when she has not consented to sharing.</summary>
    public void RequireConsent(Proto.Woman woman)
    {
        if (IsSharing && !woman.ConsentToShare)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"Woman {woman.Id} has not consented to sharing her data with other departments."));
        }
    }

    public Proto.Woman Present(Proto.Woman woman, bool reveal)
    {
        if (!reveal)
        {
            woman.ResidentIdNumber = PersonalDataMask.ResidentId(woman.ResidentIdNumber);
            woman.Phone = PersonalDataMask.Phone(woman.Phone);
        }
        if (IsSharing && !woman.ConsentToShareHealth)
        {
            woman.Health = Proto.HealthStatus.Unspecified;
            woman.DisabilityCategory = Proto.DisabilityCategory.Unspecified;
            woman.DisabilityGrade = 0;
            woman.PriorityReasons.Clear();
        }
        return woman;
    }
}
