using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Suite.GrpcServer.Errors;

/// <summary>
/// The one error mapping of the suite: every exception leaving an RPC becomes a precise status with
/// google.rpc details; anything unexpected becomes INTERNAL with a correlation id and no exception text.
/// </summary>
public sealed class ErrorMappingInterceptor(IEnumerable<IErrorStatusMapping> mappings, ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public const string CorrelationIdTrailer = "correlation-id";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex)
        {
            throw Localized(ex as RpcException ?? Map(ex, context), context);
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(requestStream, context);
        }
        catch (Exception ex)
        {
            throw Localized(ex as RpcException ?? Map(ex, context), context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex)
        {
            throw Localized(ex as RpcException ?? Map(ex, context), context);
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(requestStream, responseStream, context);
        }
        catch (Exception ex)
        {
            throw Localized(ex as RpcException ?? Map(ex, context), context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context) => exception switch
    {
        ValidationFailedException e => Status(Code.InvalidArgument, e.Message, Any.Pack(new BadRequest
        {
            FieldViolations = { e.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }) },
        })),
        ResourceNotFoundException e => Status(Code.NotFound, e.Message, Resource(e.ResourceType, e.ResourceId)),
        ResourceAlreadyExistsException e => Status(Code.AlreadyExists, e.Message, Resource(e.ResourceType, e.ExistingId)),
        EtagMismatchException e => Status(Code.Aborted, e.Message, Resource(e.ResourceType, e.ResourceId)),
        PreconditionFailedException e => WithLocalized(Status(Code.FailedPrecondition, e.Message), context, ErrorText.Formatted(e.Format, e.Args, ErrorText.LocaleOf(context.RequestHeaders.GetValue("accept-language")))),
        AccessDeniedException e => WithLocalized(Status(Code.PermissionDenied, e.Message), context, ErrorText.Formatted(e.Format, e.Args, ErrorText.LocaleOf(context.RequestHeaders.GetValue("accept-language")))),
        // A client stream's messages are decoded as the handler reads them.
        Google.Protobuf.InvalidProtocolBufferException e => Status(Code.InvalidArgument, UndecodableRequests.Message(e)),
        OperationCanceledException when context.CancellationToken.IsCancellationRequested => Status(Code.Cancelled, "The call was cancelled."),
        _ => mappings.Select(m => m.Map(exception)).FirstOrDefault(mapped => mapped is not null) ?? Internal(exception, context),
    };

    /// <summary>
    /// Adds google.rpc.LocalizedMessage in the caller's language (accept-language: Chinese unless English is asked
    /// for) beside the English developer message, to every refusal, also those thrown as RpcException.
    /// </summary>
    private static RpcException Localized(RpcException rpc, ServerCallContext context)
    {
        var status = rpc.GetRpcStatus() ?? new Google.Rpc.Status { Code = (int)rpc.StatusCode, Message = rpc.Status.Detail };
        if (rpc.StatusCode == StatusCode.OK || status.Details.Any(d => d.Is(LocalizedMessage.Descriptor)))
        {
            return rpc;
        }
        var locale = ErrorText.LocaleOf(context.RequestHeaders.GetValue("accept-language"));
        status.Details.Add(Any.Pack(new LocalizedMessage { Locale = locale, Message = ErrorText.Localized((Code)status.Code, status.Message, status.Details, locale) }));
        var localized = status.ToRpcException();
        foreach (var trailer in rpc.Trailers.Where(t => t.Key != "grpc-status-details-bin"))
        {
            localized.Trailers.Add(trailer);
        }
        return localized;
    }

    // A message given as a format is localized from the format (its values filled in), not from the formatted English.
    private static RpcException WithLocalized(RpcException rpc, ServerCallContext context, string? localized)
    {
        if (localized is null)
        {
            return rpc;
        }
        var status = rpc.GetRpcStatus()!;
        var locale = ErrorText.LocaleOf(context.RequestHeaders.GetValue("accept-language"));
        status.Details.Add(Any.Pack(new LocalizedMessage { Locale = locale, Message = locale == ErrorText.EnglishLocale ? localized : $"{ErrorText.StatusWords((Code)status.Code)}：{localized}" }));
        return status.ToRpcException();
    }

    private RpcException Internal(Exception exception, ServerCallContext context)
    {
        var correlationId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        logger.LogError(exception, "Unhandled error in {Method}; correlation id {CorrelationId}", context.Method, correlationId);
        var rpc = Status(Code.Internal, $"Internal error. Quote correlation id {correlationId} to operations.", Any.Pack(new ErrorInfo
        {
            Reason = "INTERNAL",
            Domain = "suite",
            Metadata = { ["correlation_id"] = correlationId },
        }));
        rpc.Trailers.Add(CorrelationIdTrailer, correlationId);
        return rpc;
    }

    private static Any Resource(string type, string id) => Any.Pack(new ResourceInfo { ResourceType = type, ResourceName = id });

    public static RpcException Status(Code code, string message, params Any[] details) =>
        new Google.Rpc.Status { Code = (int)code, Message = message, Details = { details } }.ToRpcException();
}
