using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Suite.ServiceDefaults.Clients;

public static class GrpcClientExtensions
{
    /// <summary>Deadline of an outgoing call that sets none.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Registers a typed gRPC client of another suite service at <c>http://{resourceName}</c>, resolved by service
    /// discovery (<c>services__{name}__http__0</c>), with the standard resilience handler and a default deadline.
    /// </summary>
    public static IHttpClientBuilder AddSuiteGrpcClient<TClient>(this IHostApplicationBuilder builder, string resourceName) where TClient : ClientBase =>
        builder.Services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://{resourceName}"))
            .AddInterceptor(() => new DefaultDeadlineInterceptor(DefaultDeadline));

    /// <summary>
    /// The same client type of several services (a service every department exposes, e.g. ReferralService): one named
    /// client per service, the name being the resource name; create it with <c>GrpcClientFactory.CreateClient&lt;TClient&gt;(name)</c>.
    /// </summary>
    public static IHttpClientBuilder AddSuiteGrpcClientNamed<TClient>(this IHostApplicationBuilder builder, string resourceName) where TClient : ClientBase =>
        builder.Services
            .AddGrpcClient<TClient>(resourceName, options => options.Address = new Uri($"http://{resourceName}"))
            .AddInterceptor(() => new DefaultDeadlineInterceptor(DefaultDeadline));
}
