using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Net.Client;

namespace Suite.Web.Calls;

/// <summary>
/// One gRPC channel per department service for the whole console, at <c>http://{resource name}</c> resolved by
/// service discovery (the app host's <c>services__{name}__http__0</c>): plain HTTP/2 inside the deployment.
/// </summary>
public sealed class ServiceChannels(IHttpClientFactory httpClients) : IDisposable
{
    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new();

    public CallInvoker For(string service) => _channels.GetOrAdd(service, name => GrpcChannel.ForAddress($"http://{name}", new GrpcChannelOptions
    {
        HttpClient = httpClients.CreateClient("grpc-" + name),
        DisposeHttpClient = true,
        MaxReceiveMessageSize = 16 * 1024 * 1024,
    })).CreateCallInvoker();

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }
}
