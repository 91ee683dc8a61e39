using Grpc.Net.Client;
using Suite.TestSupport;

namespace Suite.EndToEnd.Tests;

/// <summary>gRPC channels to a running service, calling with one of the AppHost's development tokens (or none).</summary>
public static class SuiteClient
{
    public static GrpcChannel Channel(string endpoint, string? token) => GrpcChannel.ForAddress(endpoint, new GrpcChannelOptions
    {
        HttpHandler = new BearerTokenHandler(token) { InnerHandler = new SocketsHttpHandler() },
    });

    /// <summary>The token the AppHost wrote for a department and role.</summary>
    public static string Token(RunningSuite suite, string department, string role) =>
        File.ReadAllText(Path.Combine(suite.DataDirectory, "tokens", $"{department}.{role}.jwt"));
}
