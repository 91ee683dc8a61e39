using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Suite.AppHost.Resources;

public static class ResourceLoggingExtensions
{
    /// <summary>
    /// The terminal shows the app host's own lines and each resource's stderr (the services write warnings and errors
    /// there), not every information line of every resource: the dashboard keeps those. Aspire forwards a resource's
    /// stdout at Information and its stderr at Error under "{app host}.Resources.{resource name}" (a prefix this
    /// project's own namespace shares, hence the match on the resource names).
    /// </summary>
    public static void KeepTheTerminalQuiet(this IDistributedApplicationBuilder builder)
    {
        var prefix = builder.Environment.ApplicationName + ".Resources.";
        bool IsResource(string category) => category.StartsWith(prefix, StringComparison.Ordinal)
            && (category[prefix.Length..] is var name && (name == "aspire-dashboard" || builder.Resources.Any(r => r.Name == name)));
        builder.Services.AddLogging(logging => logging
            .AddFilter((category, level) => level >= (category is not null && IsResource(category) ? LogLevel.Warning : LogLevel.Information))
            // The app host probes every service's /health; until a service listens (it migrates first) the probe says
            // Unhealthy, which the health-check service logs at error level. The dashboard shows that state as
            // starting, and a service that dies is announced by the restarts: no error line for a normal start.
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
    }
}
