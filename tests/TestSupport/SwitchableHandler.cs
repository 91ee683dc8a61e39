namespace Suite.TestSupport;

/// <summary>Sends to a test server while it is "up"; while "down" every request fails as a refused connection does.</summary>
public sealed class SwitchableHandler(Func<HttpMessageHandler> target, Func<bool> up) : DelegatingHandler
{
    private HttpMessageInvoker? _invoker;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!up())
        {
            throw new HttpRequestException("Connection refused (service down)", new System.Net.Sockets.SocketException(111));
        }
        _invoker ??= new HttpMessageInvoker(target());
        return _invoker.SendAsync(request, cancellationToken);
    }
}
