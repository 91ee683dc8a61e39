using Grpc.Core;
using Suite.LegalAid.Model;
using Suite.Security;

namespace Suite.LegalAid.UseCases;

/// <summary>Who sees a matter's details: anyone in its area for an ordinary matter; for a sensitive one, its handler and holders of the sensitive permission.</summary>
public sealed class MatterAccess(CurrentCaller caller)
{
    public bool CanSeeDetails(Matter matter) =>
        !matter.Sensitive || caller.Has(SuitePermissions.SensitiveRead) || matter.Handler == caller.Caller.Subject;

    /// <summary>Refuses work on a sensitive matter by someone who may not see it.</summary>
    public void RequireDetails(Matter matter)
    {
        if (!CanSeeDetails(matter))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied,
                $"Matter {matter.Id} is sensitive: only its handler, justice and public security may work on it."));
        }
    }
}
