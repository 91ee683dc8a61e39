using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Suite.Security;

public static class CallerTokenExtensions
{
    /// <summary>
    /// Calls through this client carry the caller's token (or, outside a request, the service's own identity), so the
    /// called service applies the caller's permissions and area scope.
    /// </summary>
    public static IHttpClientBuilder ForwardCallerToken(this IHttpClientBuilder client)
    {
        client.Services.AddHttpContextAccessor();
        client.Services.TryAddSingleton<ServiceIdentity>();
        return client.AddInterceptor(services => new ForwardCallerTokenInterceptor(
            services.GetRequiredService<IHttpContextAccessor>(), services.GetRequiredService<ServiceIdentity>()));
    }

    /// <summary>
    /// Calls through this client always carry the service's own identity, never the caller's: what the service reads
    /// is what its own role is granted (e.g. statistics only), whoever asked.
    /// </summary>
    public static IHttpClientBuilder CallAsService(this IHttpClientBuilder client)
    {
        client.Services.TryAddSingleton<ServiceIdentity>();
        return client.AddInterceptor(services => new ForwardCallerTokenInterceptor(null, services.GetRequiredService<ServiceIdentity>()));
    }
}
