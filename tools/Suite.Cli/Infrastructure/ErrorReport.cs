using Google.Rpc;
using Grpc.Core;

namespace Suite.Cli.Infrastructure;

/// <summary>
/// Server errors as one line a user can act on, in the user's language: the service's localized message when it sent
/// one (google.rpc.LocalizedMessage), with the fields at fault; an unreachable service named with its address.
/// </summary>
public static class ErrorReport
{
    public static string Describe(RpcException ex, Connection connection)
    {
        var status = ex.GetRpcStatus();
        if (ex.StatusCode == StatusCode.Unauthenticated)
        {
            return Words.T("Unauthenticated: the service did not accept your token (expired, or not for this suite). Run 'suite login' again.")
                + (status?.GetDetail<LocalizedMessage>() is { } why ? " " + why.Message : "");
        }
        // The client's own transport failure (no answer, connection lost mid-stream), not a status a service sent.
        if (ex.StatusCode is StatusCode.Unavailable or StatusCode.Internal && ex.Status.DebugException is not null)
        {
            var services = string.Join(Words.English ? ", " : "、", connection.Called.Select(c => Words.F("{0} at {1}", Words.Code("service", c.Key), c.Value)));
            return Words.F("{0} is not answering: is the suite running (scripts/run.sh)?", services.Length > 0 ? services : Words.T("the service"));
        }
        // The service's own words in the asked language already name the status, the fields and the resource.
        if (status?.GetDetail<LocalizedMessage>()?.Message is { Length: > 0 } localized)
        {
            return localized;
        }
        var fields = status?.GetDetail<BadRequest>()?.FieldViolations.Select(v => $"{v.Field}: {v.Description}").ToList() ?? [];
        return $"{Words.Code("status", ex.StatusCode.ToString())}: {(fields.Count > 0 ? string.Join("; ", fields) : ex.Status.Detail)}";
    }
}
