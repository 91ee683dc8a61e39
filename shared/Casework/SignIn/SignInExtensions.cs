using Microsoft.Extensions.DependencyInjection;

namespace Suite.Casework.SignIn;

public static class SignInExtensions
{
    /// <summary>The suite's sign-in importer over this service's activities and attendance (both scoped).</summary>
    public static IServiceCollection AddSignInSheets<TActivities>(this IServiceCollection services) where TActivities : class, ISignInActivities
    {
        services.AddScoped<ISignInActivities, TActivities>();
        services.AddScoped<SignInImporter>();
        return services;
    }
}
