using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf.Reflection;

namespace Suite.TestSupport;

/// <summary>
/// Calls any RPC by path with an empty message, to see what the security layers answer before the method's own
/// validation. Every answer must be a gRPC status (HTTP 200 with grpc-status); a bare HTTP error counts as INTERNAL.
/// </summary>
public static class RawGrpc
{
    public static IEnumerable<MethodDescriptor> MethodsOf(params ServiceDescriptor[] services) => services.SelectMany(s => s.Methods);

    public static string PathOf(MethodDescriptor method) => $"/{method.Service.FullName}/{method.Name}";

    /// <summary>The outcome's gRPC status code.</summary>
    public static async Task<Grpc.Core.StatusCode> CallAsync(HttpClient client, MethodDescriptor method, string? token) =>
        (await SendAsync(client, PathOf(method), token, new byte[5])).Status; // one empty message: no compression flag, zero length

    /// <summary>The outcome as the caller reads it: the status and google.rpc.LocalizedMessage (empty when none).</summary>
    public static async Task<(Grpc.Core.StatusCode Status, string Localized)> LocalizedAsync(HttpClient client, MethodDescriptor method, string token)
    {
        var (status, _, details) = await SendWithDetailsAsync(client, PathOf(method), token, new byte[5]);
        var localized = details?.Details.Where(d => d.Is(Google.Rpc.LocalizedMessage.Descriptor)).Select(d => d.Unpack<Google.Rpc.LocalizedMessage>().Message).FirstOrDefault();
        return (status, localized ?? "");
    }

    /// <summary>One uncompressed gRPC frame around a message's bytes, whatever they hold.</summary>
    public static byte[] Frame(byte[] message)
    {
        var frame = new byte[5 + message.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }

    /// <summary>Sends a raw request body (gRPC frames) and reads the status and its message from headers or trailers.</summary>
    public static async Task<(Grpc.Core.StatusCode Status, string Message)> SendAsync(HttpClient client, string path, string? token, byte[] body)
    {
        var (status, message, _) = await SendWithDetailsAsync(client, path, token, body);
        return (status, message);
    }

    private static async Task<(Grpc.Core.StatusCode Status, string Message, Google.Rpc.Status? Details)> SendWithDetailsAsync(HttpClient client, string path, string? token, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return (Grpc.Core.StatusCode.Internal, $"HTTP {(int)response.StatusCode} without a gRPC status", null);
        }
        string? Header(string name) => response.Headers.TryGetValues(name, out var values) ? values.First()
            : response.TrailingHeaders.TryGetValues(name, out var trailing) ? trailing.First() : null;
        var details = Header("grpc-status-details-bin") is { Length: > 0 } bin
            ? Google.Rpc.Status.Parser.ParseFrom(Convert.FromBase64String(bin.PadRight(bin.Length + (4 - bin.Length % 4) % 4, '=')))
            : null;
        return ((Grpc.Core.StatusCode)int.Parse(Header("grpc-status") ?? "0"), Uri.UnescapeDataString(Header("grpc-message") ?? ""), details);
    }
}
