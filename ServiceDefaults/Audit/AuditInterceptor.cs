using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Suite.ServiceDefaults.Errors;
using Suite.ServiceDefaults.Security;

namespace Suite.ServiceDefaults.Audit;

/// <summary>
/// Writes one audit record per call of an <see cref="AuditedAttribute"/> RPC, after the call, with its outcome
/// (allowed or refused) and the resources the application recorded in <see cref="AuditScope"/>.
/// Registered outermost, so the outcome is the status the caller receives.
/// </summary>
public sealed class AuditInterceptor(IAuditTrail trail, TimeProvider clock, ILogger<AuditInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        await Audited(context, () => continuation(request, context));

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        await Audited(context, () => continuation(requestStream, context));

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        await Audited(context, async () => { await continuation(request, responseStream, context); return true; });

    private async Task<T> Audited<T>(ServerCallContext context, Func<Task<T>> call)
    {
        var http = context.GetHttpContext();
        if (http.GetEndpoint()?.Metadata.GetMetadata<AuditedAttribute>() is null)
        {
            return await call();
        }
        var outcome = StatusCode.OK;
        try
        {
            return await call();
        }
        catch (RpcException ex)
        {
            outcome = ex.StatusCode;
            throw;
        }
        catch (Exception)
        {
            outcome = StatusCode.Internal;
            throw;
        }
        finally
        {
            await RecordAsync(http, context.Method, outcome);
        }
    }

    // A call whose record cannot be written does not answer as if it had been recorded: the caller is told to retry
    // (reads repeat harmlessly, writes are idempotent by request id or guarded by etag). Runs outside the error
    // mapping (this interceptor is outermost), so it maps its own failure.
    private async Task RecordAsync(HttpContext http, string method, StatusCode outcome)
    {
        try
        {
            await WriteAsync(http, method, outcome);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The audit record of {Method} could not be written", method);
            throw ErrorMappingInterceptor.Status(Google.Rpc.Code.Unavailable, "The call could not be recorded in the audit log. Retry the call.");
        }
    }

    private Task WriteAsync(HttpContext http, string method, StatusCode outcome)
    {
        var scope = http.RequestServices.GetRequiredService<AuditScope>();
        var entry = AuditEntry.For(Caller.From(http.User), method, ToStatusName(outcome), clock.GetUtcNow().UtcDateTime);
        entry.Purpose = scope.Purpose;
        entry.Resources = scope.Resources.Distinct().Select(r => new AuditEntryResource { Resource = r }).ToList();
        return trail.AppendAsync(entry, CancellationToken.None);
    }

    // PermissionDenied → "PERMISSION_DENIED", as gRPC names status codes in its documentation.
    private static string ToStatusName(StatusCode code) => code == StatusCode.OK
        ? "OK"
        : string.Concat(code.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
