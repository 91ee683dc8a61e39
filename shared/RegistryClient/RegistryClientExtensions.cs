using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Suite.Contracts;
using Suite.Contracts.Registry.V1;
using Suite.Security;
using Suite.ServiceDefaults.Clients;

namespace Suite.RegistryClient;

public static class RegistryClientExtensions
{
    /// <summary>
    /// The Registry's women, for a department service that serves registered women: a gRPC client at
    /// <c>http://registry</c> that calls with the caller's token, and <see cref="RegistryWomen"/>.
    /// </summary>
    public static IHostApplicationBuilder AddRegistryClient(this IHostApplicationBuilder builder)
    {
        builder.AddSuiteGrpcClient<WomenService.WomenServiceClient>(ResourceNames.Registry).ForwardCallerToken();
        builder.Services.AddScoped<RegistryWomen>();
        return builder;
    }
}
