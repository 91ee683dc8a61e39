using Google.Rpc;
using Grpc.Core;
using Xunit;

namespace Suite.TestSupport;

/// <summary>Asserts on gRPC failures: the status code and, for INVALID_ARGUMENT, the fields named in google.rpc.BadRequest.</summary>
public static class RpcAssert
{
    public static async Task<RpcException> FailsWith(StatusCode code, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.True(ex.StatusCode == code, $"expected {code}, got {ex.StatusCode}: {ex.Status.Detail}");
        return ex;
    }

    /// <summary>The refusal as the caller reads it (google.rpc.LocalizedMessage: Chinese unless English was asked for).</summary>
    public static string LocalizedMessage(RpcException ex) =>
        ex.GetRpcStatus()?.GetDetail<Google.Rpc.LocalizedMessage>()?.Message ?? throw new Xunit.Sdk.XunitException("no LocalizedMessage in " + ex.Status);

    /// <summary>INVALID_ARGUMENT naming at least the given fields.</summary>
    public static async Task<IReadOnlyList<string>> InvalidFields(Func<Task> call, params string[] fields)
    {
        var ex = await FailsWith(StatusCode.InvalidArgument, call);
        var named = ex.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field).ToList() ?? [];
        foreach (var field in fields)
        {
            Assert.True(named.Contains(field), $"expected a violation of {field}; got {string.Join(", ", named)}");
        }
        return named;
    }
}
