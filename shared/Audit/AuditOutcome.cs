using Grpc.Core;

namespace Suite.Audit;

/// <summary>The outcome column of a record: a gRPC status as its documentation names it (PERMISSION_DENIED).</summary>
public static class AuditOutcome
{
    public static string Name(StatusCode code) => code == StatusCode.OK
        ? "OK"
        : string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
