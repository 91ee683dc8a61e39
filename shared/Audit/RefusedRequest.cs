using System.Buffers.Binary;
using Google.Protobuf;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Suite.Audit;

/// <summary>
/// The request message of a call refused before the gRPC pipeline read it (by authorization), so that its audit record
/// names what it asked for (a refused GetMatter names the matter). Only for unary and server-streaming calls, whose one
/// request message comes whole before any answer; read within two seconds and at most the suite's message size.
/// </summary>
public static class RefusedRequest
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);

    public static async Task<IMessage?> ReadAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method is not { Type: MethodType.Unary or MethodType.ServerStreaming } method)
        {
            return null;
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(ReadTimeout);
        try
        {
            var header = new byte[5];
            await context.Request.Body.ReadExactlyAsync(header, timeout.Token);
            var length = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(1));
            if (header[0] != 0 || length > GrpcServer.GrpcServerExtensions.MaxMessageBytes)
            {
                return null; // compressed or too large: the record names the call without its resources
            }
            var body = new byte[length];
            await context.Request.Body.ReadExactlyAsync(body, timeout.Token);
            return Deserialize(method, body);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidProtocolBufferException or EndOfStreamException)
        {
            return null;
        }
    }

    // The generated Method<TRequest, TResponse> names the request type; a protobuf message type has its static Parser.
    private static IMessage? Deserialize(IMethod method, byte[] body)
    {
        var requestType = method.GetType().IsGenericType ? method.GetType().GetGenericArguments()[0] : null;
        var parser = requestType?.GetProperty("Parser", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) as MessageParser;
        return parser?.ParseFrom(body);
    }
}
