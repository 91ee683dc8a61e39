using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf.Reflection;

namespace Suite.TestSupport;

/// <summary>
/// Calls any RPC by path with an empty message, to see what the security layers answer before the method's own
/// validation: 401 (UNAUTHENTICATED), 403 (PERMISSION_DENIED), or a gRPC status from the method itself.
/// </summary>
public static class RawGrpc
{
    public static IEnumerable<MethodDescriptor> MethodsOf(params ServiceDescriptor[] services) => services.SelectMany(s => s.Methods);

    public static string PathOf(MethodDescriptor method) => $"/{method.Service.FullName}/{method.Name}";

    /// <summary>The outcome as a gRPC status code name: from the HTTP status when the call was refused before the method.</summary>
    public static async Task<Grpc.Core.StatusCode> CallAsync(HttpClient client, MethodDescriptor method, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PathOf(method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(new byte[5]), // one empty message: no compression flag, zero length
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Unauthorized:
                return Grpc.Core.StatusCode.Unauthenticated;
            case HttpStatusCode.Forbidden:
                return Grpc.Core.StatusCode.PermissionDenied;
        }
        await response.Content.ReadAsByteArrayAsync();
        var status = response.Headers.TryGetValues("grpc-status", out var values) ? values.First()
            : response.TrailingHeaders.TryGetValues("grpc-status", out var trailing) ? trailing.First() : "0";
        return (Grpc.Core.StatusCode)int.Parse(status);
    }
}
