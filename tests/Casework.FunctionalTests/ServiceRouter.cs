namespace Suite.Casework.FunctionalTests;

/// <summary>
/// Sends each call to the test server its address names (http://{service}.test); a service in
/// <see cref="FiveServices.Down"/> refuses the connection. The handler is taken afresh per call, so a restarted service
/// is reached on its new server.
/// </summary>
public sealed class ServiceRouter(FiveServices suite) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var service = request.RequestUri!.Host.Replace(".test", "", StringComparison.Ordinal);
        if (suite.Down.Contains(service))
        {
            throw new HttpRequestException("Connection refused (service down)", new System.Net.Sockets.SocketException(111));
        }
        return new HttpMessageInvoker(suite.Handler(service)).SendAsync(request, cancellationToken);
    }
}
