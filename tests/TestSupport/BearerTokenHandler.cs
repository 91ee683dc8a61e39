using System.Net.Http.Headers;

namespace Suite.TestSupport;

/// <summary>Adds "authorization: Bearer …" to every call, as a gRPC client with call credentials does.</summary>
public sealed class BearerTokenHandler(string? token) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
