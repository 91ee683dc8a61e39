using Google.Rpc;
using Grpc.Core;

namespace Suite.Cli.Infrastructure;

/// <summary>Server errors as one clear line: the status, what is wrong and the fields at fault.</summary>
public static class ErrorReport
{
    public static string Describe(RpcException ex)
    {
        var status = ex.GetRpcStatus();
        var fields = status?.GetDetail<BadRequest>()?.FieldViolations.Select(v => $"{v.Field}: {v.Description}").ToList() ?? [];
        if (ex.StatusCode == StatusCode.Unauthenticated)
        {
            return "Unauthenticated: the service did not accept your token (expired, or not for this suite). Run 'suite login' again.";
        }
        var message = fields.Count > 0 ? string.Join("; ", fields) : ex.Status.Detail;
        return $"{ex.StatusCode}: {message}";
    }
}
