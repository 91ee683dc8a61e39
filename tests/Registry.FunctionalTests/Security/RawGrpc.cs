using System.Net;
using System.Net.Http.Headers;
using Google.Protobuf.Reflection;

namespace Suite.Registry.FunctionalTests.Security;

/// <summary>
/// Calls any RPC by path with an empty message, to see what the security layers answer before the method's own
/// validation: 401 (UNAUTHENTICATED), 403 (PERMISSION_DENIED), or a gRPC status from the method itself.
/// </summary>
public static class RawGrpc
{
    public static IEnumerable<MethodDescriptor> RegistryMethods =>
        new[] { WomenService.Descriptor, AreasService.Descriptor, WorkforceService.Descriptor, SurveyService.Descriptor, Suite.Contracts.Common.V1.AuditService.Descriptor }
            .SelectMany(s => s.Methods);

    public static string PathOf(MethodDescriptor method) => $"/{method.Service.FullName}/{method.Name}";

    /// <summary>The outcome as a gRPC status code name: from the HTTP status when the call was refused before the method.</summary>
    public static async Task<StatusCode> CallAsync(RegistryFactory registry, MethodDescriptor method, string? token)
    {
        using var client = registry.CreateDefaultClient();
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
                return StatusCode.Unauthenticated;
            case HttpStatusCode.Forbidden:
                return StatusCode.PermissionDenied;
        }
        await response.Content.ReadAsByteArrayAsync();
        var status = response.Headers.TryGetValues("grpc-status", out var values) ? values.First()
            : response.TrailingHeaders.TryGetValues("grpc-status", out var trailing) ? trailing.First() : "0";
        return (StatusCode)int.Parse(status);
    }
}
