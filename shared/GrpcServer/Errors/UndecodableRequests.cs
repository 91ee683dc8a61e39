using Google.Protobuf;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Suite.GrpcServer.Errors;

/// <summary>
/// A request whose message cannot be decoded (malformed protobuf, invalid UTF-8 in a string field) is the caller's
/// fault: INVALID_ARGUMENT, not grpc-dotnet's UNKNOWN "Exception was thrown by handler". A unary or server-streaming
/// request is decoded before any interceptor runs, so this middleware corrects the status the handler left in the
/// response headers (a trailers-only response) and tells every <see cref="IRefusedCallRecorder"/> (the audit trail).
/// </summary>
public static class UndecodableRequests
{
    public static WebApplication UseInvalidArgumentForUndecodableRequests(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Features.Get<IServerCallContextFeature>()?.ServerCallContext is { } call
                && call.Status.StatusCode == StatusCode.Unknown && call.Status.DebugException is InvalidProtocolBufferException problem
                && !context.Response.HasStarted)
            {
                var message = Message(problem);
                call.Status = new Status(StatusCode.InvalidArgument, message);
                GrpcStatusHeaders.Set(context.Response, StatusCode.InvalidArgument, message, "输入有误：请求消息无法解码。");
                foreach (var recorder in context.RequestServices.GetServices<IRefusedCallRecorder>())
                {
                    await recorder.RecordAsync(context, StatusCode.InvalidArgument);
                }
            }
        });
        return app;
    }

    public static string Message(InvalidProtocolBufferException problem) => $"The request message cannot be decoded: {problem.Message}";
}

/// <summary>Told of a call refused outside the gRPC interceptors (the audit trail records it).</summary>
public interface IRefusedCallRecorder
{
    Task RecordAsync(HttpContext context, StatusCode outcome);
}
