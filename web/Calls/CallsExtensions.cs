namespace Suite.Web.Calls;

public static class CallsExtensions
{
    public static IServiceCollection AddSuiteCalls(this IServiceCollection services) => services
        .AddSingleton<ServiceChannels>()
        .AddScoped<PrerenderedAnswers>()
        .AddScoped<SuiteCalls>()
        .AddScoped<AreaNames>();
}
