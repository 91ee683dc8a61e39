using Microsoft.Extensions.DependencyInjection;

namespace Suite.AppHost.Resources;

public static class ResourceTableFileExtensions
{
    /// <summary>Keeps {data}/apphost/resources.json current while the app host runs (not when publishing).</summary>
    public static void WriteResourceTable(this IDistributedApplicationBuilder builder, SuiteRunOptions run)
    {
        if (!run.IsPublishing)
        {
            builder.Services.AddHostedService(services => new ResourceTableFile(
                services.GetRequiredService<ResourceNotificationService>(), ResourceTableFile.PathIn(run.DataDirectory)));
        }
    }
}
