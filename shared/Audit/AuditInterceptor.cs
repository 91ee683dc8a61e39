using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Suite.GrpcServer.Errors;
using Suite.Security;

namespace Suite.Audit;

/// <summary>
/// Writes one audit record per call of an RPC marked <see cref="AuditedAttribute"/>, after the call, with its outcome
/// (allowed or refused) and the resources its request and response name. Registered outermost, so the outcome is the
/// status the caller receives.
/// </summary>
public sealed class AuditInterceptor(IAuditTrail trail, TimeProvider clock, ILogger<AuditInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        if (Declarations(context) is not { } scope)
        {
            return await continuation(request, context);
        }
        scope.FromRequest(request);
        return await Audited(context, scope, async () => Seen(scope, await continuation(request, context)));
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Declarations(context) is not { } scope)
        {
            return await continuation(requestStream, context);
        }
        return await Audited(context, scope, async () => Seen(scope, await continuation(requestStream, context)));
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Declarations(context) is not { } scope)
        {
            await continuation(request, responseStream, context);
            return;
        }
        scope.FromRequest(request);
        await Audited(context, scope, async () =>
        {
            await continuation(request, new RecordingWriter<TResponse>(responseStream, scope), context);
            return true;
        });
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        if (Declarations(context) is not { } scope)
        {
            await continuation(requestStream, responseStream, context);
            return;
        }
        await Audited(context, scope, async () =>
        {
            await continuation(requestStream, new RecordingWriter<TResponse>(responseStream, scope), context);
            return true;
        });
    }

    private static AuditScope? Declarations(ServerCallContext context)
    {
        var declared = context.GetHttpContext().GetEndpoint()?.Metadata.GetOrderedMetadata<AuditedAttribute>();
        return declared is { Count: > 0 } ? new AuditScope(declared) : null;
    }

    private static TResponse Seen<TResponse>(AuditScope scope, TResponse response)
    {
        scope.FromResponse(response!);
        return response;
    }

    private async Task<T> Audited<T>(ServerCallContext context, AuditScope scope, Func<Task<T>> call)
    {
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
            await RecordAsync(context, scope, outcome);
        }
    }

    // A call whose record cannot be written does not answer as if it had been recorded: the caller is told to retry
    // (reads repeat harmlessly, writes are idempotent by request id or guarded by etag). Runs outside the error
    // mapping (this interceptor is outermost), so it maps its own failure.
    private async Task RecordAsync(ServerCallContext context, AuditScope scope, StatusCode outcome)
    {
        try
        {
            var entry = AuditEntry.For(Caller.From(context.GetHttpContext().User), context.Method, AuditOutcome.Name(outcome), clock.GetUtcNow().UtcDateTime);
            entry.Purpose = scope.Purpose;
            entry.Resources = scope.Resources.Distinct().Select(r => new AuditEntryResource { Resource = r }).ToList();
            await trail.AppendAsync(entry, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The audit record of {Method} could not be written", context.Method);
            throw ErrorMappingInterceptor.Status(Google.Rpc.Code.Unavailable, "The call could not be recorded in the audit log. Retry the call.");
        }
    }

    private sealed class RecordingWriter<T>(IServerStreamWriter<T> inner, AuditScope scope) : IServerStreamWriter<T>
    {
        public WriteOptions? WriteOptions
        {
            get => inner.WriteOptions;
            set => inner.WriteOptions = value;
        }

        public Task WriteAsync(T message)
        {
            scope.FromResponse(message!);
            return inner.WriteAsync(message);
        }

        public Task WriteAsync(T message, CancellationToken cancellationToken)
        {
            scope.FromResponse(message!);
            return inner.WriteAsync(message, cancellationToken);
        }
    }
}
